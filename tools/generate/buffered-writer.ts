import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Appends text to a file in large chunks and waits for the stream to drain, so writing gigabytes of
 * records keeps memory flat.
 */
export class BufferedWriter {
  private readonly stream: WriteStream;
  private parts: string[] = [];
  private size = 0;
  /** Bytes written so far (UTF-8). */
  bytes = 0;

  constructor(
    file: string,
    private readonly chunkChars = 1 << 20,
  ) {
    this.stream = createWriteStream(file, { encoding: 'utf8' });
  }

  /** Queues `text`; awaits only when a chunk goes to the stream and the stream is full. */
  async write(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.chunkChars) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    this.stream.end();
    await once(this.stream, 'finish');
  }

  private async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    this.bytes += Buffer.byteLength(chunk);
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }
}
