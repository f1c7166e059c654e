import { getTranslations } from 'next-intl/server';
import { requirePagePermission } from '@/lib/auth/session';
import { getSettingsForAdmin } from '@/lib/catalogue/admin-queries';
import { decimalInputValue } from '@/lib/catalogue/form-values';
import { formatNumber } from '@/lib/i18n/format';
import { asAny } from '@/lib/i18n/translate';
import { Alert, Card, PageHeader } from '@/components/ui/card';
import { ButtonLink } from '@/components/ui/button';
import { SettingForm } from '@/components/catalogue/setting-form';

/** What the value field shows: numbers written the Vietnamese way, the parser reads them back. */
const shown = (value: unknown) => (typeof value === 'number' ? decimalInputValue(value) : String(value));

export default async function SettingsPage() {
  const actor = await requirePagePermission('admin:manage');
  const t = await getTranslations();
  const settings = await getSettingsForAdmin(actor);
  const tt = asAny(t);
  // keys carry dots; the catalogue names them with underscores (a key without a text shows as itself)
  const labelOf = (key: string) => (tt.has(`catalogue.settingKeys.${key.replaceAll('.', '_')}`) ? tt(`catalogue.settingKeys.${key.replaceAll('.', '_')}`) : key);
  return (
    <div className="max-w-3xl">
      <PageHeader
        title={t('catalogue.settings')}
        subtitle={t('catalogue.settingsIntro')}
        actions={
          <ButtonLink variant="secondary" href="/admin/catalogue">
            {t('catalogue.backToList')}
          </ButtonLink>
        }
      />
      <div className="space-y-4">
        <Alert>{t('catalogue.settingsNote')}</Alert>
        {settings.map((s) => (
          <Card key={s.key}>
            <SettingForm
              setting={{ key: s.key, value: shown(s.value), updatedAt: s.updatedAt?.toISOString() ?? '' }}
              label={labelOf(s.key)}
              hint={`${s.key} · ${t('catalogue.defaultValue', { value: typeof s.default === 'number' ? formatNumber(s.default) : String(s.default) })}`}
            />
          </Card>
        ))}
      </div>
    </div>
  );
}
