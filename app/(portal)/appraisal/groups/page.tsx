import { redirect } from 'next/navigation';

/** The groups are listed on /appraisal. */
export default function GroupsIndex() {
  redirect('/appraisal');
}
