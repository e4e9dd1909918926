import crypto from 'node:crypto';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../tests/support/test-app.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../tests/support/smtp-server.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { createMailer, deliverMail, type OutgoingMail } from '../../mail/mailer.ts';
import { firstWorkingDayOfMonth, previousMonth, sendMonthlyReports } from './send-monthly-reports.ts';

let t: TestApp;
let smtp: TestSmtpServer;
beforeAll(async () => {
  t = await createTestApp();
  smtp = await startTestSmtpServer();
});
afterAll(async () => {
  await smtp?.close();
  await t?.close();
});

const monthlyMails = async () => (await t.queuedMails()).filter((m) => m.template === 'report.monthly');

describe('the monthly report', () => {
  it('knows the first working day of a month, holidays and weekends skipped', () => {
    expect(firstWorkingDayOfMonth('2026-11-20')).toBe('2026-11-02'); // 1 November: Sunday and All Saints
    expect(firstWorkingDayOfMonth('2027-01-15')).toBe('2027-01-04'); // 1 January: Friday, New Year
    expect(firstWorkingDayOfMonth('2026-12-09')).toBe('2026-12-01');
    expect(previousMonth('2027-01-04')).toEqual({ month: '2026-12', from: '2026-12-01', to: '2026-12-31' });
  });

  it('sends nothing on another day than the first working day', async () => {
    const mail = queuedMailSender(t.jobs);
    expect(await sendMonthlyReports(t.db, mail, { threshold: 5, now: new Date('2026-11-03T07:00:00Z') })).toBe(0);
    expect(await monthlyMails()).toEqual([]);
  });

  it('mails each steering role of each scope once, even with two workers racing and a second run', async () => {
    const mail = queuedMailSender(t.jobs);
    const now = new Date('2026-11-02T05:30:00Z');
    const [a, b] = await Promise.all([
      sendMonthlyReports(t.db, mail, { threshold: 5, now }),
      sendMonthlyReports(t.db, mail, { threshold: 5, now }),
    ]);
    expect(await sendMonthlyReports(t.db, mail, { threshold: 5, now: new Date('2026-11-02T15:00:00Z') })).toBe(0);
    const mails = await monthlyMails();
    // The demo holds three steering people: national, académie of Amiens, Somme.
    expect(a + b).toBe(3);
    expect(mails.map((m) => m.to).sort()).toEqual(['isabelle.marchand@ac-amiens.fr', 'laurent.fontaine@ac-amiens.fr', 'philippe.renard@ac-amiens.fr']);
    expect(mails.map((m) => m.data.month)).toEqual(['2026-10', '2026-10', '2026-10']);
    const stored = await t.db.selectFrom('monthly_reports').select(['scope_level', 'scope_code', 'month']).where('month', '=', '2026-10').execute();
    expect(stored).toHaveLength(3);
  });

  it('reaches the SMTP server with the report’s tables attached as XLSX, masked and rounded', async () => {
    const [queued] = (await monthlyMails()).filter((m) => m.to === 'laurent.fontaine@ac-amiens.fr');
    const mailer = createMailer({ smtpUrl: smtp.url, mailFrom: 'ProxiRH <ne-pas-repondre@ac-amiens.fr>', publicUrl: 'http://proxirh.test' });
    await deliverMail(t.db, mailer, { ...(queued as unknown as OutgoingMail), id: crypto.randomUUID() });
    mailer.close();
    const received = smtp.received.at(-1)!;
    expect(received.subject).toContain('octobre 2026');
    expect(received.subject).toContain('Somme (80)');
    const part = /Content-Type:\s+application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet;[\s\S]*?\r?\n\r?\n([A-Za-z0-9+/=\r\n]+)/.exec(received.raw);
    expect(part).not.toBeNull();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(part![1]!.replace(/\s/g, ''), 'base64') as never);
    expect(workbook.worksheets.map((w) => w.name)).toContain('Thèmes des demandes');
    // No count from 1 to 5 in any table of counts (delays, rates and means are not counts): 0, « < 5 » or a multiple of 10.
    const countSheets = workbook.worksheets.filter((w) => !/Délais|Satisfaction|Charge|Premier créneau/.test(w.name));
    expect(countSheets.length).toBeGreaterThan(5);
    countSheets.forEach((sheet) => sheet.eachRow((row, n) => {
      const values = row.values as unknown[];
      if (n <= 4 || /^Taux/.test(String(values[1]))) return;
      const counts = sheet.name === 'Synthèse' ? [values[2], values[3]] : [values[2], values[4]];
      counts.forEach((v) => { if (typeof v === 'number') expect(v % 10).toBe(0); else expect([undefined, '', '< 5', 'secret']).toContain(v); });
    }));
  });
});
