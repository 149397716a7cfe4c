import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { formatDecimal } from '../i18n/dates';
import { m } from '../paraglide/messages';
import type { Locale } from '../paraglide/runtime';
import { ceus } from '../training/session-form';
import type { CertificateFacts } from './training-attendance';

const require = createRequire(import.meta.url);
/** DejaVu Sans covers Latin, Greek and Cyrillic names; the PDF's 14 standard fonts cover far less. */
const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const FONT_BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');

/**
 * A one-page certificate (A4 landscape) in the reader's language: who, which session, when, how
 * many hours, and the code and address where anyone can check it.
 */
export function certificatePdf(
	facts: CertificateFacts,
	locale: Locale,
	verifyUrl: string
): Promise<Buffer> {
	const options = { locale };
	const doc = new PDFDocument({
		size: 'A4',
		layout: 'landscape',
		margin: 56,
		lang: locale,
		displayTitle: true,
		info: {
			Title: m.certificate_pdf_title({ title: facts.title }, options),
			Author: 'Day of AI Classroom',
			Subject: m.certificate_heading({}, options)
		}
	});
	doc.registerFont('body', FONT);
	doc.registerFont('bold', FONT_BOLD);
	const chunks: Buffer[] = [];
	doc.on('data', (chunk: Buffer) => chunks.push(chunk));
	const done = new Promise<Buffer>((resolve, reject) => {
		doc.on('end', () => resolve(Buffer.concat(chunks)));
		doc.on('error', reject);
	});

	const width = doc.page.width - 112;
	const day = new Intl.DateTimeFormat(locale, {
		dateStyle: 'long',
		timeZone: facts.timeZone
	}).format(facts.startsAt);
	const hours = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(facts.hours);
	const units = formatDecimal(ceus(facts.hours), 2, locale);

	doc
		.rect(28, 28, doc.page.width - 56, doc.page.height - 56)
		.lineWidth(2)
		.stroke('#1d4ed8');
	doc.moveDown(2);
	doc.font('bold').fontSize(30).fillColor('#1e293b');
	doc.text(m.certificate_heading({}, options), { align: 'center', width });
	doc.moveDown(1.2);
	doc.font('body').fontSize(14).text(m.certificate_awarded_to({}, options), { align: 'center' });
	doc.moveDown(0.4);
	doc.font('bold').fontSize(26).text(facts.name, { align: 'center', width });
	doc.moveDown(0.8);
	doc.font('body').fontSize(14).text(m.certificate_attended({}, options), { align: 'center' });
	doc.moveDown(0.4);
	doc.font('bold').fontSize(18).text(facts.title, { align: 'center', width });
	doc.moveDown(0.8);
	doc.font('body').fontSize(14);
	doc.text(m.certificate_facts({ day, hours, units, facilitator: facts.facilitator }, options), {
		align: 'center',
		width
	});
	doc.moveDown(2);
	doc.fontSize(11).fillColor('#475569');
	doc.text(m.certificate_verify({ code: facts.code, url: verifyUrl }, options), {
		align: 'center',
		width
	});
	doc.end();
	return done;
}
