// A real SMTP server for tests (smtp-server on a free port): it takes mail with a login,
// keeps what arrived with its envelope, and refuses recipients by their local part
// (nobody@ → 550 user unknown, later@ → 451 try again), as a receiving server would.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { mailFrom: string; rcptTo: string[]; raw: string };

export type SmtpReceiver = {
  port: number;
  received: ReceivedMail[];
  /** The URL to send through, with the receiver's login. */
  url: string;
  close(): Promise<void>;
};

export const receiverUser = 'duly';
export const receiverPassword = 'pass word!';

const refusal = (code: number, text: string) => Object.assign(new Error(text), { responseCode: code });

export type SmtpReceiverOptions = {
  /** How long the server takes to accept each message: a slow server, to catch a sender mid-pass. */
  delayMs?: number;
  /** Called after each message is kept. */
  onReceived?: (mail: ReceivedMail, count: number) => void;
};

/** Starts a receiver on 127.0.0.1 and a free port. */
export async function startSmtpReceiver(options: SmtpReceiverOptions = {}): Promise<SmtpReceiver> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    // Plain text on the loopback: no certificate to trust, the login still checked.
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === receiverUser && auth.password === receiverPassword) return callback(null, { user: auth.username });
      return callback(refusal(535, '5.7.8 Authentication credentials invalid'));
    },
    onRcptTo(address, _session, callback) {
      const local = address.address.split('@')[0];
      if (local === 'nobody') return callback(refusal(550, `5.1.1 <${address.address}>: Recipient address rejected: User unknown`));
      if (local === 'later') return callback(refusal(451, '4.3.0 Mailbox temporarily unavailable, try again later'));
      return callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address;
        const mail = { mailFrom, rcptTo: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') };
        setTimeout(() => {
          received.push(mail);
          options.onReceived?.(mail, received.length);
          callback();
        }, options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    url: `smtp://${receiverUser}:${encodeURIComponent(receiverPassword)}@127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
