// English. Everyday words that are also legal or hostile ones are matched only in
// company: "fraud" alone is a payment-fraud warning, "this is fraud" an accusation;
// "take … into account" is not "seize your accounts".
import type { ToneRule } from '../tone-rule';
import { phraseRules, shoutingRules } from './define';

const phrases = phraseRules('en', [
  {
    id: 'threat.regret',
    category: 'threat',
    patterns: ['you|you’ll|you\'ll ...2 regret*', 'you will be sorry', 'you’ll|you\'ll be sorry'],
    suggestion: 'Drop the threat. Say what the next step of the procedure is (for example, pausing deliveries) and by when you expect payment.',
  },
  {
    id: 'threat.ruin',
    category: 'threat',
    patterns: ['ruin*|destroy*|wreck* ...3 reputation|business|company|name|credit|life', 'out of business', 'never ...3 work|trade|business ...3 again', 'never ...4 in this industry|sector|town'],
    suggestion: 'Remove the threat. State plainly what is owed, by when, and offer to talk.',
  },
  {
    id: 'threat.police',
    category: 'threat',
    patterns: ['police', 'prosecut*', 'criminal ...2 charges|complaint|proceedings|offence|offense|liability|record|investigation', 'report ...3 to the authorities', 'arrest*', 'jail|prison'],
    suggestion: 'An unpaid invoice is a civil matter. Leave out the police and criminal charges; describe the next step of the procedure.',
  },
  {
    id: 'threat.seizure',
    category: 'threat',
    patterns: [
      'seize|seizing|seized|seizure|repossess*|confiscat*',
      'freeze|freezing ...2 account|accounts|assets',
      'bailiff*|sheriff* ...3 will|come|coming|visit|call|knock|take',
      'send|sending ...2 bailiff*|sheriff*',
    ],
    suggestion: 'A creditor cannot take anything by itself. Say what the next lawful step is (for example, passing the matter to a solicitor) and when.',
  },
  {
    id: 'threat.consequences',
    category: 'threat',
    patterns: ['unpleasant|dire|severe|nasty consequences|surprise', 'face the consequences'],
    suggestion: 'Instead of vague “consequences”, name the real next step and its date.',
  },
  {
    id: 'insult.dishonesty',
    category: 'insult',
    patterns: [
      // "Beware of invoice fraud" protects the reader; calling the reader a fraud insults them.
      'this|it|that is ...2 fraud|theft|robbery|scam',
      'it\'s|that\'s|it’s|that’s ...2 fraud|theft|robbery|scam',
      // "Fraudsters send fake invoices" warns the reader; calling the reader one insults them.
      'you|you\'re|you’re|your ...3 lying|stealing|cheating|scamming|crook|crooks|frauds|fraudster*|thief|thieves|liar|liars|cheat|cheats|cheater*|scammer*|swindler*|conman|conmen',
      'is|are a fraud|crook|thief|liar|cheat|scam|joke', 'are clowns', 'crook|crooks', 'con artist*', 'dishonest*',
    ],
    suggestion: 'Do not judge the customer. State the facts: invoice number, amount, due date and days overdue.',
  },
  {
    id: 'insult.abuse',
    category: 'insult',
    patterns: [
      'idiot*', 'moron*', 'clown|clowns', 'stupid*', 'pathetic', 'incompeten*', 'disgrace*', 'shameful|shameless*', 'useless',
      'unprofessional', 'irresponsible', 'deadbeat*', 'lazy|laziness', 'ridiculous',
    ],
    suggestion: 'Remove the judgement. A polite, specific message works better: remind them of the amount and date, and offer to talk.',
  },
  {
    id: 'illegal.home',
    category: 'illegal_method',
    patterns: [
      'know where you ...2 live|work|park|sleep',
      'visit|visits|visiting|visited ...3 home|house|family',
      'call on you ...2 home|house',
      'pay you a visit', 'on your doorstep',
      'turn|show|come up|round|around ...3 home|house|door',
    ],
    suggestion: 'This reads as intimidation. Offer a phone call or a meeting at the customer’s office instead.',
  },
  {
    id: 'illegal.force',
    category: 'illegal_method',
    patterns: [
      'our boys|lads|guys',
      'people|guys|men who ...3 know how',
      'people|guys|men who ...3 collect*|recover*',
      'the hard way', 'by force', 'forcibly', 'break in|into',
      'other|different|alternative ...2 means|methods|ways ...3 collect*|recover*|deal',
      'other|different|alternative ...2 means|methods|ways ...3 get ...2 money',
    ],
    suggestion: 'Do not hint at pressure outside the law. Say what the next lawful step of the procedure is.',
  },
  {
    id: 'illegal.third_parties',
    category: 'illegal_method',
    patterns: [
      'tell|inform|notify|contact|warn|call|email|write ...3 your ...2 customers|clients|neighbours|neighbors|family|wife|husband|employer|suppliers|partners|children|friends',
      // "We publish our bank details only on our website" is advice; publishing *the customer* is not.
      'publish|post|share|expose|announce ...2 your|you ...4 online|internet|social|facebook|linkedin|twitter|website|newspaper|press|forum|publicly',
      'name and shame', 'publicly ...2 shame|humiliate|expose|name', 'blacklist*', 'whole|entire industry|market|sector ...3 know|hear',
    ],
    suggestion: 'A debt is discussed with the customer only. Do not mention telling others or publishing anything.',
  },
  {
    id: 'illegal.harassment',
    category: 'illegal_method',
    patterns: [
      ...['every hour', 'day and night', 'at night', 'all night', 'until you pay'].map((when) => `call|calls|calling|ring|ringing|phone|phoning ...3 ${when}`),
      'around|round the clock', 'won\'t|won’t ...2 leave you alone', 'will not ...2 leave you alone', 'make your life ...2 difficult|hell|miserable',
    ],
    suggestion: 'Keep a reasonable rhythm of contact. Propose one time to talk instead of announcing pressure.',
  },
  {
    id: 'belittling.small_amount',
    category: 'belittling_amount',
    patterns: [
      'only|just|merely|such ...2 small|tiny|trivial|negligible|insignificant|token|little|modest ...2 amount|sum|balance|debt|invoice|matter|money',
      'amount|sum|balance|debt ...2 is|are|was ...2 small|tiny|trivial|negligible|insignificant|minimal',
      'trivial|negligible|insignificant|trifling|paltry ...2 amount|sum|balance|debt|money',
      'pocket change', 'peanuts', 'a few pounds|dollars|euros|quid|bucks', 'drop in the ocean',
      'not ...3 large|big|huge|much ...2 amount|sum|money',
    ],
    suggestion: 'Do not make the amount sound small — every payment matters. Give the exact amount, invoice number and due date.',
  },
  {
    id: 'own_problems.finances',
    category: 'own_problems',
    patterns: [
      'our ...2 cashflow|liquidity|finances|overdraft', 'our ...2 cash flow', 'our ...2 financial situation|position',
      'we|we\'re|we’re ...2 struggling|struggle|strapped', 'we|we\'re|we’re ...2 short of cash',
      // "We understand your financial difficulties" is about the customer; only our own count.
      'we are|have|were|had ...2 financial|cash ...2 difficulties|problems|trouble|pressure|crisis',
      'we\'re|we’re|we\'ve|we’ve ...2 financial|cash ...2 difficulties|problems|trouble|pressure|crisis',
      'our company|business|firm ...3 financial|cash ...2 difficulties|problems|trouble|pressure|crisis',
      'to pay|cover|meet ...2 our ...2 staff|salaries|wages|suppliers|bills|rent|taxes|payroll|employees',
      'business|company|firm like ours', 'keep ...2 afloat', 'keep the lights on', 'keep the doors open',
    ],
    suggestion: 'Your company’s troubles are not the customer’s reason to pay. Write about their invoice: amount, date, how to pay.',
  },
  {
    id: 'excuses.why',
    category: 'asking_for_excuses',
    patterns: [
      'why ...4 not|haven\'t|hasn\'t|didn\'t|hadn\'t|wasn\'t|isn\'t ...3 paid|pay|settled|settle|transferred|processed|received',
      'reason|reasons|cause ...2 for|of|behind ...3 delay|non|late|lateness|not|nonpayment|unpaid',
      'explain ...3 why', 'tell us ...2 why', 'what is the reason|problem|holdup|delay', 'what\'s the reason|problem|holdup|delay',
      'what is going on', 'what\'s going on', 'excuses|justification',
    ],
    suggestion: 'Do not ask for reasons — ask for a concrete date and amount (“When can we expect the transfer, and for how much?”).',
  },
  {
    id: 'legal.jargon',
    category: 'legal_jargon',
    patterns: [
      'hereby', 'herein|hereinafter|hereto', 'aforementioned|aforesaid', 'notwithstanding', 'pursuant', 'whereas', 'without prejudice',
      'letter before action|claim', 'statutory interest', 'late payment of commercial debts', 'debtor|debtors', 'creditor|creditors', 'remedies',
    ],
    suggestion: 'At this stage write plainly: the amount, the date, a request to pay. Keep legal language for the formal demand.',
  },
  {
    id: 'legal.court',
    category: 'legal_jargon',
    patterns: [
      'legal ...2 action|proceedings|steps|measures|remedies', 'court|courts', 'small claims', 'litigation|litigate', 'lawsuit*',
      'sue|suing|sued', 'claimant|defendant', 'judgment|judgement', 'ccj|ccjs',
    ],
    suggestion: 'Courts belong in the formal demand. For now ask for payment or a date, and offer a call or a payment plan.',
  },
  {
    id: 'legal.handover',
    category: 'legal_jargon',
    patterns: [
      'solicitor*', 'lawyer*', 'attorney*', 'legal department|team|counsel', 'debt collect*', 'collection|collections agency|agencies|agent',
      'debt recovery ...2 agency|agencies|firm|company', 'credit reference ...2 agency|agencies', 'credit rating|file|score',
    ],
    suggestion: 'Handing the matter to a lawyer, an agency or a credit reference agency is announced in the formal demand, not before.',
  },
]);

const shouting = shoutingRules('en', ['LLP', 'HMRC', 'BACS', 'CHAPS', 'ACH', 'ABA', 'EIN', 'TIN', 'CORP', 'PO', 'CCJ', 'UTR', 'CRN', 'FYI', 'ASAP', 'AM', 'PM', 'GMT', 'BST', 'CET'], {
  capitals: 'Do not write in capitals — it reads as shouting. Let the content stand out: the amount and the date.',
  exclamations: 'One full stop is enough. Several exclamation marks read as shouting.',
});

export const englishToneRules: ToneRule[] = [...phrases, ...shouting];
