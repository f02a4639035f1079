// The fixed words of a letter in each language Duly writes in: headings, column
// names, the payment details, the closing. The message itself comes from its
// template; these only frame it. Plain, polite wording, as every message should be.
import type { MessageLanguage } from '../../domain/messages/message-types';

export type LetterLabels = {
  reminderTitle: string;
  /** "{date}" is replaced by the statement's date. */
  statementTitle: string;
  statementIntro: string;
  statementClosing: string;
  statementEmpty: string;
  number: string;
  issueDate: string;
  dueDate: string;
  amount: string;
  openAmount: string;
  daysOverdue: string;
  total: string;
  paymentDetails: string;
  amountToPay: string;
  bankAccount: string;
  bank: string;
  transferTitle: string;
  scanToPay: string;
  taxId: string;
  closing: string;
  /** "{page}" and "{pages}" are replaced by the page number and the page count. */
  page: string;
};

export const letterLabels: Record<MessageLanguage, LetterLabels> = {
  pl: {
    reminderTitle: 'Przypomnienie o płatności',
    statementTitle: 'Zestawienie otwartych pozycji na dzień {date}',
    statementIntro: 'Przesyłamy zestawienie faktur, które według naszych zapisów pozostają do zapłaty.',
    statementClosing:
      'Prosimy o porównanie zestawienia z Państwa zapisami. Jeśli coś się nie zgadza albo mają Państwo pytania, prosimy o kontakt – chętnie wszystko wyjaśnimy. Dziękujemy za współpracę.',
    statementEmpty: 'Na ten dzień nasze zapisy nie wykazują żadnych nieopłaconych faktur. Dziękujemy za terminowe płatności.',
    number: 'Numer',
    issueDate: 'Data wystawienia',
    dueDate: 'Termin płatności',
    amount: 'Kwota',
    openAmount: 'Do zapłaty',
    daysOverdue: 'Dni po terminie',
    total: 'Razem',
    paymentDetails: 'Dane do przelewu',
    amountToPay: 'Kwota do zapłaty',
    bankAccount: 'Numer rachunku',
    bank: 'Bank',
    transferTitle: 'Tytuł przelewu',
    scanToPay: 'Zeskanuj kod w aplikacji banku',
    taxId: 'NIP',
    closing: 'Z poważaniem',
    page: 'Strona {page} z {pages}',
  },
  en: {
    reminderTitle: 'Payment reminder',
    statementTitle: 'Statement of account as of {date}',
    statementIntro: 'Below are the invoices that our records show as still open.',
    statementClosing:
      'Please compare this statement with your records. If anything differs or you have questions, please get in touch – we will gladly clear it up. Thank you for working with us.',
    statementEmpty: 'Our records show no unpaid invoices as of this date. Thank you for paying on time.',
    number: 'Number',
    issueDate: 'Issue date',
    dueDate: 'Due date',
    amount: 'Amount',
    openAmount: 'Open amount',
    daysOverdue: 'Days overdue',
    total: 'Total',
    paymentDetails: 'Payment details',
    amountToPay: 'Amount to pay',
    bankAccount: 'Account number',
    bank: 'Bank',
    transferTitle: 'Payment reference',
    scanToPay: 'Scan the code in your banking app',
    taxId: 'Tax ID',
    closing: 'Kind regards',
    page: 'Page {page} of {pages}',
  },
  ru: {
    reminderTitle: 'Напоминание об оплате',
    statementTitle: 'Выписка по открытым счетам на {date}',
    statementIntro: 'Направляем список счетов, которые по нашим данным остаются неоплаченными.',
    statementClosing:
      'Просим сверить выписку с Вашими данными. Если что-то не совпадает или у Вас есть вопросы, свяжитесь с нами — мы с удовольствием всё уточним. Благодарим за сотрудничество.',
    statementEmpty: 'На эту дату по нашим данным неоплаченных счетов нет. Благодарим за своевременную оплату.',
    number: 'Номер',
    issueDate: 'Дата выставления',
    dueDate: 'Срок оплаты',
    amount: 'Сумма',
    openAmount: 'К оплате',
    daysOverdue: 'Дней просрочки',
    total: 'Итого',
    paymentDetails: 'Реквизиты для оплаты',
    amountToPay: 'Сумма к оплате',
    bankAccount: 'Номер счёта',
    bank: 'Банк',
    transferTitle: 'Назначение платежа',
    scanToPay: 'Отсканируйте код в приложении банка',
    taxId: 'Налоговый номер',
    closing: 'С уважением',
    page: 'Страница {page} из {pages}',
  },
  de: {
    reminderTitle: 'Zahlungserinnerung',
    statementTitle: 'Aufstellung der offenen Posten zum {date}',
    statementIntro: 'Nachfolgend finden Sie die Rechnungen, die laut unseren Unterlagen noch offen sind.',
    statementClosing:
      'Bitte vergleichen Sie die Aufstellung mit Ihren Unterlagen. Wenn etwas nicht übereinstimmt oder Sie Fragen haben, melden Sie sich gern – wir klären das gemeinsam. Vielen Dank für die gute Zusammenarbeit.',
    statementEmpty: 'Laut unseren Unterlagen sind zu diesem Datum keine Rechnungen offen. Vielen Dank für Ihre pünktlichen Zahlungen.',
    number: 'Nummer',
    issueDate: 'Rechnungsdatum',
    dueDate: 'Fällig am',
    amount: 'Betrag',
    openAmount: 'Offen',
    daysOverdue: 'Tage überfällig',
    total: 'Summe',
    paymentDetails: 'Zahlungsdaten',
    amountToPay: 'Zu zahlender Betrag',
    bankAccount: 'IBAN',
    bank: 'Bank',
    transferTitle: 'Verwendungszweck',
    scanToPay: 'Code mit der Banking-App scannen',
    taxId: 'Steuernummer',
    closing: 'Mit freundlichen Grüßen',
    page: 'Seite {page} von {pages}',
  },
};

const locales: Record<MessageLanguage, string> = { pl: 'pl-PL', en: 'en-GB', ru: 'ru-RU', de: 'de-DE' };

/** The locale numbers and dates of a letter in the language are written in. */
export const letterLocale = (language: MessageLanguage): string => locales[language];

/** A label with its "{name}" placeholders filled in. */
export function fillLabel(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
