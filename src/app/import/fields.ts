// The fields each kind of import reads, and the column headers each is recognised by
// (Polish, English, German, Russian; matching ignores case, accents and punctuation).
// Pure data without Node imports: the web app shows it in its column-mapping editor.
import type { ImportKind } from '../../http/contract';

export type ImportField = {
  field: string;
  required: boolean;
  /** Header texts that name this field; the field name itself is always recognised too. */
  headers: string[];
  /** Fields of one group are alternatives: at least one of them must have a column. */
  group?: 'customer';
};

// Header texts are written "a|b|c" to keep this table readable.
const field = (name: string, required: boolean, headers: string, group?: 'customer'): ImportField => ({
  field: name,
  required,
  headers: headers.split('|'),
  ...(group ? { group } : {}),
});
const required = (name: string, headers: string) => field(name, true, headers);
const optional = (name: string, headers: string, group?: 'customer') => field(name, false, headers, group);

// How invoices, payments and contacts name their customer. A payments file keeps
// "Kontrahent" for the payer, as bank exports use it.
const customerReferenceFields: ImportField[] = [
  optional(
    'customerExternalId',
    'Kod klienta|Kod kontrahenta|Symbol kontrahenta|Symbol klienta|Id klienta|Id kontrahenta|Numer klienta|' +
      'Nr klienta|Customer code|Customer ID|Customer number|Customer no|Client ID|Client code|Kundennummer|' +
      'Kunden-Nr|Kundennr|Debitorennummer|Debitor|Код клиента|Код контрагента|ID контрагента|ID клиента',
    'customer',
  ),
  optional(
    'customerTaxId',
    'NIP|NIP nabywcy|NIP kontrahenta|NIP klienta|NIP odbiorcy|Customer tax ID|Customer VAT ID|Tax ID|VAT ID|' +
      'VAT number|TIN|Steuernummer|USt-IdNr|USt-ID|ИНН|ИНН покупателя',
    'customer',
  ),
  optional(
    'customerName',
    'Nabywca|Kontrahent|Klient|Odbiorca|Nazwa kontrahenta|Nazwa klienta|Nazwa nabywcy|Firma|Customer|' +
      'Customer name|Client|Client name|Buyer|Debtor|Company|Kunde|Kundenname|Firmenname|Покупатель|Контрагент|' +
      'Клиент|Наименование контрагента',
    'customer',
  ),
];
const customerReference = (except: string[] = []): ImportField[] =>
  customerReferenceFields.map((f) => ({ ...f, headers: f.headers.filter((h) => !except.includes(h)) }));

const notes = optional(
  'notes',
  'Uwagi|Notatki|Notatka|Komentarz|Notes|Note|Comment|Comments|Remarks|Bemerkungen|Bemerkung|Notizen|Kommentar|' +
    'Примечание|Комментарий|Заметки',
);
const country = optional('country', 'Kraj|Kod kraju|Państwo|Country|Country code|Land|Ländercode|Страна|Код страны');
const currency = optional('currency', 'Waluta|Kod waluty|Currency|Currency code|Curr|Währung|Валюта');

export const importFields: Record<ImportKind, ImportField[]> = {
  customers: [
    optional(
      'externalId',
      'Kod|Kod klienta|Kod kontrahenta|Symbol|Symbol kontrahenta|Id|Identyfikator|Id klienta|Id kontrahenta|' +
        'Numer klienta|Nr klienta|External ID|Customer code|Customer ID|Customer number|Customer no|Client ID|' +
        'Code|Kundennummer|Kunden-Nr|Kundennr|Debitorennummer|Код|Код клиента|Код контрагента|ID клиента',
    ),
    required(
      'name',
      'Nazwa|Nazwa firmy|Nazwa kontrahenta|Nazwa klienta|Nazwa pełna|Pełna nazwa|Kontrahent|Klient|Firma|Name|' +
        'Company|Company name|Customer|Customer name|Client|Client name|Legal name|Firmenname|Kunde|Kundenname|' +
        'Наименование|Название|Компания|Клиент|Контрагент|Организация',
    ),
    optional('taxId', 'NIP|NIP kontrahenta|NIP klienta|Tax ID|Tax number|TIN|Steuernummer|ИНН'),
    optional(
      'vatId',
      'NIP UE|VAT UE|Numer VAT UE|EU VAT|EU VAT ID|VAT ID|VAT number|USt-IdNr|USt-ID|Umsatzsteuer-ID|' +
        'Umsatzsteuer-Identifikationsnummer',
    ),
    optional(
      'otherTaxId',
      'REGON|KRS|Inny identyfikator|Other tax ID|Company number|Registration number|Handelsregisternummer|ОГРН|' +
        'КПП',
    ),
    country,
    optional('language', 'Język|Język korespondencji|Language|Sprache|Язык'),
    optional('timeZone', 'Strefa czasowa|Time zone|Timezone|Zeitzone|Часовой пояс'),
    optional(
      'segment',
      'Segment|Grupa|Grupa kontrahentów|Grupa klientów|Kategoria|Customer group|Group|Category|Kundengruppe|' +
        'Kategorie|Сегмент|Группа|Категория',
    ),
    optional(
      'paymentTermsDays',
      'Termin płatności|Termin płatności (dni)|Termin płatności dni|Dni płatności|Termin|Payment terms|' +
        'Payment terms (days)|Payment terms days|Terms|Terms days|Days to pay|Zahlungsziel|Zahlungsziel (Tage)|' +
        'Zahlungsziel Tage|Zahlungsfrist|Срок оплаты|Отсрочка|Отсрочка платежа|Отсрочка (дней)',
    ),
    optional(
      'creditLimit',
      'Limit kredytowy|Limit kupiecki|Limit|Credit limit|Kreditlimit|Kreditrahmen|Кредитный лимит|Лимит',
    ),
    optional(
      'creditLimitCurrency',
      'Waluta limitu|Waluta|Credit limit currency|Limit currency|Currency|Währung|Валюта|Валюта лимита',
    ),
    optional(
      'accountOwnerEmail',
      'Opiekun|Opiekun klienta|Opiekun e-mail|Handlowiec|Account owner|Account owner email|Account manager|' +
        'Sales rep|Owner|Betreuer|Kundenbetreuer|Менеджер|Ответственный',
    ),
    optional('tags', 'Tagi|Etykiety|Tags|Labels|Schlagwörter|Теги|Метки'),
    notes,
    optional(
      'creditHold',
      'Blokada|Blokada sprzedaży|Wstrzymana sprzedaż|Credit hold|On hold|Hold|Liefersperre|Kreditsperre|' +
        'Блокировка|Стоп отгрузки',
    ),
    optional(
      'doNotContact',
      'Nie kontaktować|Bez kontaktu|Do not contact|No contact|Nicht kontaktieren|Kein Kontakt|Не связываться|' +
        'Не беспокоить',
    ),
  ],
  contacts: [
    ...customerReference(),
    optional(
      'externalId',
      'Id kontaktu|Kod kontaktu|Identyfikator kontaktu|Contact ID|Contact code|External ID|Kontakt-ID|' +
        'ID контакта|Код контакта',
    ),
    required(
      'name',
      'Imię i nazwisko|Osoba|Osoba kontaktowa|Kontakt|Nazwisko|Name|Full name|Contact|Contact name|' +
        'Contact person|Person|Ansprechpartner|Kontaktperson|Vor- und Nachname|ФИО|Контактное лицо|Имя|Контакт',
    ),
    optional(
      'jobTitle',
      'Stanowisko|Funkcja|Job title|Title|Position|Funktion|Position im Unternehmen|Stellung|Должность',
    ),
    optional('roles', 'Rola|Role|Roles|Rolle|Rollen|Роль|Роли'),
    optional(
      'email',
      'E-mail|Email|Adres e-mail|Adres email|Mail|E-mails|Email address|E-Mail-Adresse|Электронная почта|Почта|' +
        'Эл. почта',
    ),
    optional(
      'phone',
      'Telefon|Tel|Telefon stacjonarny|Telefon służbowy|Phone|Telephone|Work phone|Phone number|Telefonnummer|' +
        'Телефон|Рабочий телефон',
    ),
    optional(
      'mobile',
      'Komórka|Telefon komórkowy|Tel. kom.|Tel kom|Mobile|Mobile phone|Cell|Cell phone|Handy|Mobil|' +
        'Mobiltelefon|Мобильный|Мобильный телефон|Сотовый',
    ),
    optional(
      'street',
      'Ulica|Adres|Ulica i numer|Street|Address|Street address|Straße|Strasse|Anschrift|Улица|Адрес',
    ),
    optional(
      'postalCode',
      'Kod pocztowy|Postal code|Postcode|ZIP|ZIP code|PLZ|Postleitzahl|Индекс|Почтовый индекс',
    ),
    optional('city', 'Miasto|Miejscowość|City|Town|Ort|Stadt|Город|Населенный пункт'),
    country,
    optional(
      'preferredChannel',
      'Preferowany kanał|Kanał|Kanał kontaktu|Preferred channel|Channel|Bevorzugter Kanal|Kanal|Канал|' +
        'Предпочтительный канал',
    ),
    notes,
  ],
  invoices: [
    required(
      'number',
      'Numer faktury|Nr faktury|Numer|Nr|Numer dokumentu|Nr dokumentu|Faktura|Dokument|Invoice number|' +
        'Invoice no|Invoice #|Invoice|Number|Document number|Document no|Rechnungsnummer|Rechnungs-Nr|Rechnung|' +
        'Belegnummer|Beleg-Nr|Номер счета|Номер|Номер документа|Счет|Счет-фактура',
    ),
    ...customerReference(),
    optional('externalId', 'Id|Id faktury|Identyfikator|External ID|Invoice ID|Document ID|Beleg-ID|ID документа'),
    required(
      'issueDate',
      'Data wystawienia|Data faktury|Data dokumentu|Data|Issue date|Invoice date|Date|Document date|' +
        'Date issued|Rechnungsdatum|Belegdatum|Ausstellungsdatum|Datum|Дата|Дата счета|Дата документа|' +
        'Дата выставления',
    ),
    optional(
      'dueDate',
      'Termin płatności|Termin zapłaty|Data płatności|Data wymagalności|Termin|Płatne do|Due date|Payment due|' +
        'Due|Payment due date|Due on|Fällig|Fälligkeit|Fälligkeitsdatum|Fällig am|Zahlbar bis|Срок оплаты|' +
        'Оплатить до|Дата оплаты|Срок платежа',
    ),
    currency,
    required(
      'grossTotal',
      'Kwota brutto|Brutto|Wartość brutto|Kwota|Kwota do zapłaty|Do zapłaty|Razem brutto|Wartość|Amount|Gross|' +
        'Gross amount|Gross total|Total|Total amount|Invoice amount|Invoice total|Bruttobetrag|Betrag|' +
        'Gesamtbetrag|Rechnungsbetrag|Brutto-Betrag|Сумма|Сумма с НДС|Итого|Сумма счета',
    ),
  ],
  payments: [
    required(
      'paymentDate',
      'Data płatności|Data wpłaty|Data operacji|Data księgowania|Data waluty|Data zapłaty|Data|Payment date|' +
        'Date|Value date|Booking date|Transaction date|Date paid|Zahlungsdatum|Buchungsdatum|Valutadatum|' +
        'Wertstellung|Datum|Дата|Дата платежа|Дата оплаты',
    ),
    required(
      'amount',
      'Kwota|Kwota wpłaty|Kwota płatności|Wpłata|Uznanie|Wartość|Amount|Payment amount|Amount paid|Paid|Credit|' +
        'Betrag|Zahlungsbetrag|Gutschrift|Сумма|Сумма платежа|Сумма оплаты',
    ),
    currency,
    optional(
      'payerName',
      'Nadawca|Zleceniodawca|Płatnik|Nazwa nadawcy|Kontrahent|Payer|Payer name|Remitter|Sender|Counterparty|' +
        'Auftraggeber|Zahler|Плательщик|Отправитель',
    ),
    optional(
      'payerAccount',
      'Rachunek nadawcy|Numer rachunku|Nr rachunku|Rachunek|Konto|Payer account|Account|Account number|IBAN|' +
        'Kontonummer|Konto des Auftraggebers|Счет плательщика|Номер счета плательщика',
    ),
    optional(
      'transferTitle',
      'Tytuł|Tytuł przelewu|Tytuł płatności|Tytułem|Opis|Opis operacji|Title|Transfer title|Reference|' +
        'Payment reference|Description|Details|Verwendungszweck|Назначение платежа|Назначение',
    ),
    optional(
      'externalId',
      'Id|Id transakcji|Id płatności|Numer transakcji|Identyfikator|Identyfikator transakcji|Transaction ID|' +
        'Payment ID|External ID|Transaktions-ID|Transaktionsnummer|ID платежа|Номер платежа|Номер операции',
    ),
    optional(
      'invoiceNumber',
      'Numer faktury|Nr faktury|Faktura|Invoice number|Invoice no|Invoice|Rechnungsnummer|Rechnung|Номер счета|' +
        'Счет|Счет-фактура',
    ),
    ...customerReference(['Kontrahent']),
  ],
};

/** Groups of which each kind needs at least one column: invoices and contacts must name their customer. */
export const requiredGroups: Record<ImportKind, 'customer'[]> = {
  customers: [],
  contacts: ['customer'],
  invoices: ['customer'],
  payments: [],
};
