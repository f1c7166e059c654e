import type { Messages } from './messages';
import type { Locale } from './config';

// next-intl re-exports AppConfig from use-intl: the augmentation has to name use-intl.
declare module 'use-intl' {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
