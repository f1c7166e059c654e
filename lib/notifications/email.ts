/**
 * E-mail copies of notifications, sent only when SMTP_URL is configured (e.g.
 * smtp://user:pass@mail.example:587), to users who have an address. Each is sent once (emailedAt).
 */
import nodemailer from 'nodemailer';
import type { Db } from '@/lib/db/client';
import { now } from '@/lib/clock';
import { renderNotification } from './render';

export function emailConfigured(): boolean {
  return Boolean(process.env.SMTP_URL);
}

export async function sendPendingEmails(db: Db, transport = nodemailer.createTransport(process.env.SMTP_URL)): Promise<number> {
  const pending = await db.notification.findMany({
    where: { emailedAt: null, createdAt: { gt: new Date(now().getTime() - 7 * 86_400_000) } },
    orderBy: { id: 'asc' },
    take: 200,
    select: { id: true, userId: true, kind: true, params: true, link: true },
  });
  const users = await db.user.findMany({ where: { id: { in: pending.map((n) => n.userId) } }, select: { id: true, email: true, active: true } });
  let sent = 0;
  for (const n of pending) {
    const user = users.find((u) => u.id === n.userId);
    if (user?.email && user.active) {
      const { title, body } = renderNotification(n.kind, n.params as Record<string, string | number>);
      const base = process.env.NEXTAUTH_URL ?? '';
      await transport.sendMail({
        from: process.env.SMTP_FROM ?? 'Cong thi dua <no-reply@localhost>',
        to: user.email,
        subject: title,
        text: `${body}${n.link ? `\n\n${base}${n.link}` : ''}`,
      });
      sent++;
    }
    await db.notification.update({ where: { id: n.id }, data: { emailedAt: now() } });
  }
  return sent;
}
