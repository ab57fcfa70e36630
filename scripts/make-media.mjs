#!/usr/bin/env node
// Makes the sample video, its poster and the spoken audio clips used by content/, with
// ffmpeg and espeak-ng (Debian: apt-get install ffmpeg espeak-ng). The files are committed,
// so a fresh clone needs neither tool; run this only to re-make them.
//
// Usage: node scripts/make-media.mjs [--force]

import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PUBLIC = path.join(ROOT, 'public');
const FORCE = process.argv.includes('--force');
const LIMIT = 1024 * 1024;

// A street of buildings at dusk whose windows go dark for two seconds: a power cut.
function blackoutFilter() {
  const boxes = [];
  const buildings = [[40, 250, 120], [180, 180, 110], [310, 290, 90], [420, 140, 130], [570, 230, 100], [690, 170, 120], [830, 260, 100]];
  for (const [x, top, w] of buildings) {
    boxes.push(`drawbox=x=${x}:y=${top}:w=${w}:h=${540 - top}:color=0x141c26:t=fill`);
    for (let y = top + 18; y < 500; y += 34) {
      for (let wx = x + 12; wx < x + w - 20; wx += 26) {
        // Windows light up again one by one, as generators start.
        const back = 5 + ((wx * 7 + y * 3) % 20) / 10;
        boxes.push(`drawbox=x=${wx}:y=${y}:w=12:h=16:color=0xf2c14e:t=fill:enable='not(between(t,3,${back.toFixed(1)}))'`);
      }
    }
  }
  return boxes.join(',');
}

const jobs = [
  {
    out: 'media/iraq-electricity-imports-summer/blackout.mp4',
    make: (file) => execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-f', 'lavfi', '-i',
      `gradients=s=960x540:d=9:c0=0x1d2b4f:c1=0x7a4a6b:x0=0:y0=0:x1=0:y1=540:speed=0.002,format=yuv420p,${blackoutFilter()}`,
      '-r', '24', '-c:v', 'libx264', '-preset', 'slow', '-crf', '30', '-an', '-movflags', '+faststart', file]),
  },
  {
    out: 'images/iraq-electricity-imports-summer/blackout-poster.jpg',
    after: 'media/iraq-electricity-imports-summer/blackout.mp4',
    make: (file, src) => execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-ss', '1', '-i', src, '-frames:v', '1', '-q:v', '5', file]),
  },
  {
    // The Arabic edition's poster: the same street in the dark, so no page repeats another's image.
    out: 'images/ar-maghreb-solar-ambitions/blackout-poster.jpg',
    after: 'media/iraq-electricity-imports-summer/blackout.mp4',
    make: (file, src) => execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-ss', '4', '-i', src, '-frames:v', '1', '-q:v', '5', file]),
  },
  speech('media/iraq-electricity-imports-summer/editors-note', 'en-gb', [
    'This is a short note from the economy desk.',
    'Every summer, Iraq buys electricity and gas from its neighbours to get through the hottest weeks. This year the bill arrived late, the supplies ran short, and the new grid links to Jordan and the Gulf are still small.',
    'The figures in the chart above come from the ministry and from the grid operators. We will update them when the autumn numbers are out.',
  ]),
  speech('media/ar-suez-canal-revenue/note', 'ar', [
    'هذه ملاحظة قصيرة من قسم الاقتصاد.',
    'تراجعت عائدات قناة السويس حين غيّرت سفن كثيرة طريقها بعيدا عن البحر الأحمر، ثم بدأت تعود ببطء. الأرقام في الرسم البياني أعلاه سنوية، وسنحدّثها عند صدور الحسابات الجديدة.',
  ]),
];

function speech(stem, voice, paragraphs) {
  return {
    out: `${stem}.mp3`,
    text: { file: `${stem}.txt`, body: paragraphs.join('\n\n') + '\n' },
    make: (file) => {
      const dir = mkdtempSync(path.join(tmpdir(), 'standfirst-media-'));
      try {
        const wav = path.join(dir, 'speech.wav');
        execFileSync('espeak-ng', ['-v', voice, '-s', '150', '-w', wav, paragraphs.join(' ')]);
        execFileSync('ffmpeg', ['-y', '-loglevel', 'error', '-i', wav, '-ac', '1', '-ar', '22050', '-c:a', 'libmp3lame', '-b:a', '40k', file]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

for (const job of jobs) {
  const file = path.join(PUBLIC, job.out);
  mkdirSync(path.dirname(file), { recursive: true });
  if (job.text) writeFileSync(path.join(PUBLIC, job.text.file), job.text.body);
  if (existsSync(file) && !FORCE) continue;
  job.make(file, job.after && path.join(PUBLIC, job.after));
  const size = statSync(file).size;
  if (size > LIMIT) throw new Error(`${job.out} is ${(size / 1024).toFixed(0)} kB: keep media files under 1 MB`);
  console.log(`${job.out}  ${(size / 1024).toFixed(0)} kB`);
}
