'use client';

import { useTranslations } from 'next-intl';
import { moveModelAction } from '@/lib/models/actions';
import { ActionForm, SubmitButton, TextArea } from '@/components/ui/form';

type Can = { submit: boolean; return: boolean; publish: boolean; archive: boolean };

/** The moves the caller may make: submit (the unit); return with a note, publish, archive (Home Affairs). */
export function ModelActions({ id, version, can }: { id: number; version: number; can: Can }) {
  const t = useTranslations('models');
  const curator = can.return || can.publish || can.archive;
  return (
    <ActionForm action={moveModelAction}>
      {(state) => (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          {curator && (can.return || can.publish) && <TextArea name="note" label={t('curatorNote')} hint={t('curatorNoteHint')} state={state} rows={3} />}
          <div className="flex flex-wrap gap-2">
            {can.submit && (
              <SubmitButton name="transition" value="submit">
                {t('submit')}
              </SubmitButton>
            )}
            {can.publish && (
              <SubmitButton name="transition" value="publish">
                {t('publish')}
              </SubmitButton>
            )}
            {can.return && (
              <SubmitButton name="transition" value="return" variant="secondary">
                {t('return')}
              </SubmitButton>
            )}
            {can.archive && (
              <SubmitButton name="transition" value="archive" variant="danger">
                {t('archive')}
              </SubmitButton>
            )}
          </div>
        </>
      )}
    </ActionForm>
  );
}
