// SPDX-FileCopyrightText: Waymark developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Accuracy and throughput of the two JavaScript references on the same labelled comments
// as Waymark: the npm `vader-sentiment` port of VADER (Hutto & Gilbert 2014) and the npm
// `sentiment` package (AFINN-165). Run by run.sh, which installs both with
// `npm install --no-save` into the build folder.
//
//   node compare.cjs prepare FIXTURES OUT_DIR      writes OUT_DIR/<set>.tsv (label<TAB>text) and all.txt
//   node compare.cjs score OUT_DIR WAYMARK_CLI     prints accuracy and comments/s as JSON
//   node compare.cjs report JS_JSON BENCH_JSON     prints the comparison with bench_sentiment's figures
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const label = (x, band = 0.05) => (x >= band ? 'positive' : x <= -band ? 'negative' : 'neutral');

// Reads a tab-separated file where a field may be wrapped in '"' with inner quotes doubled.
function readTsv(file) {
    const text = fs.readFileSync(file, 'utf8');
    const rows = [];
    let row = [], field = '', quoted = false, atStart = true;
    for (let i = 0; i < text.length; ++i) {
        const c = text[i];
        if (quoted) {
            if (c === '"' && text[i + 1] === '"') { field += '"'; ++i; }
            else if (c === '"') quoted = false;
            else field += c;
        } else if (c === '"' && atStart) { quoted = true; atStart = false; }
        else if (c === '\t') { row.push(field); field = ''; atStart = true; }
        else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; atStart = true; }
        else if (c !== '\r') { field += c; atStart = false; }
    }
    if (field !== '' || row.length) { row.push(field); rows.push(row); }
    return rows;
}

const oneLine = (s) => s.replace(/[\r\n\t]+/g, ' ').trim();

function prepare(fixtures, out, germanSet) {
    fs.mkdirSync(out, { recursive: true });
    const sets = {};
    // The VADER and UCI files have no quoting: a '"' is part of the text.
    const plain = (f) => fs.readFileSync(path.join(fixtures, f), 'utf8').split('\n')
        .map((l) => l.replace(/\r$/, '').split('\t')).filter((r) => r.length >= 2);
    const vaderFile = (f) => plain(f).filter((r) => r.length >= 3)
        .map((r) => [label(parseFloat(r[1])), oneLine(r.slice(2).join(' '))]);
    sets['amazon-snippets'] = vaderFile('amazonReviewSnippets_GroundTruth.txt');
    sets['tweets'] = vaderFile('tweets_GroundTruth.txt');
    sets['uci-amazon-cells'] = plain('amazon_cells_labelled.txt')
        .map((r) => [r[1].trim() === '1' ? 'positive' : 'negative', oneLine(r[0])]);
    const germ = path.join(fixtures, 'dev.tsv');
    if (fs.existsSync(germ))
        sets['germeval-dev'] = readTsv(germ).filter((r) => r.length >= 4 && r[2] === 'true')
            .map((r) => [r[3], oneLine(r[1])]).filter((r) => r[1].length > 0 && r[1].length <= 2000);
    if (germanSet && fs.existsSync(germanSet))
        sets['waymark-de'] = fs.readFileSync(germanSet, 'utf8').split('\n').map((l) => l.split('\t'))
            .filter((r) => r.length >= 2 && !r[0].startsWith('#'))
            .map((r) => [r[0], oneLine(r[1])]);
    const all = [];
    for (const [name, rows] of Object.entries(sets)) {
        fs.writeFileSync(path.join(out, name + '.tsv'), rows.map((r) => r.join('\t')).join('\n') + '\n');
        fs.writeFileSync(path.join(out, name + '.txt'), rows.map((r) => r[1]).join('\n') + '\n');
        if (name !== 'germeval-dev')
            all.push(...rows.map((r) => r[1]));
    }
    fs.writeFileSync(path.join(out, 'all.txt'), all.join('\n') + '\n');
    console.error(`prepared ${Object.keys(sets).join(', ')}; ${all.length} comments in all.txt`);
}

// Accuracy on the comments labelled positive or negative: a neutral prediction is a miss.
function accuracy(gold, predicted) {
    let polar = 0, hit = 0, neutralPredicted = 0, all = 0, hit3 = 0;
    for (let i = 0; i < gold.length; ++i) {
        all += 1;
        hit3 += gold[i] === predicted[i];
        if (gold[i] === 'neutral') continue;
        polar += 1;
        hit += gold[i] === predicted[i];
        neutralPredicted += predicted[i] === 'neutral';
    }
    return { polar, accuracy: hit / polar, neutralPredicted, threeWay: hit3 / all };
}

// Comments per second: the best of `rounds` timed rounds after a warm-up, so the reference
// is not penalised by a busy machine or the JIT.
function throughput(fn, texts, seconds = 1.5, rounds = 3) {
    for (const t of texts) fn(t); // warm up the JIT
    let best = 0;
    for (let r = 0; r < rounds; ++r) {
        let n = 0;
        const start = process.hrtime.bigint();
        let elapsed = 0;
        while (elapsed < seconds) {
            for (const t of texts) fn(t);
            n += texts.length;
            elapsed = Number(process.hrtime.bigint() - start) / 1e9;
        }
        best = Math.max(best, n / elapsed);
    }
    return best;
}

function score(out, cli) {
    const vader = require('vader-sentiment');
    const Sentiment = require('sentiment');
    const afinn = new Sentiment();
    const vaderLabel = (t) => label(vader.SentimentIntensityAnalyzer.polarity_scores(t).compound);
    const afinnLabel = (t) => { const s = afinn.analyze(t).score; return s > 0 ? 'positive' : s < 0 ? 'negative' : 'neutral'; };
    const result = { sets: {}, throughput: {} };
    for (const f of fs.readdirSync(out).filter((f) => f.endsWith('.tsv')).sort()) {
        const name = f.slice(0, -4);
        const rows = fs.readFileSync(path.join(out, f), 'utf8').split('\n').map((l) => l.split('\t'))
            .filter((r) => r.length >= 2);
        const gold = rows.map((r) => r[0]);
        const texts = rows.map((r) => r[1]);
        const lang = name === 'germeval-dev' || name === 'waymark-de' ? 'de' : 'en';
        const tsv = execFileSync(cli, ['sentiment', '--lang', lang, path.join(out, name + '.txt')],
                                 { maxBuffer: 1 << 28 }).toString();
        const waymark = tsv.split('\n').filter((l) => l.length).map((l) => l.split('\t')[2]);
        if (waymark.length !== gold.length) throw new Error(`${name}: ${waymark.length} lines back for ${gold.length}`);
        // The same comments with the language detected per comment (no --lang).
        const detected = execFileSync(cli, ['sentiment', path.join(out, name + '.txt')], { maxBuffer: 1 << 28 })
            .toString().split('\n').filter((l) => l.length).map((l) => l.split('\t'));
        const scored = detected.filter((r) => r[0] !== '-');
        result.sets[name] = {
            language: lang,
            detected: { share: scored.filter((r) => r[0] === lang).length / scored.length,
                        accuracy: accuracy(gold, detected.map((r) => r[2])).accuracy },
            waymark: accuracy(gold, waymark),
            vader: accuracy(gold, texts.map(vaderLabel)),
            npmSentiment: accuracy(gold, texts.map(afinnLabel)),
        };
    }
    const all = fs.readFileSync(path.join(out, 'all.txt'), 'utf8').split('\n').filter((l) => l.length);
    result.throughput.comments = all.length;
    result.throughput.npmSentiment = throughput((t) => afinn.analyze(t), all);
    result.throughput.vader = throughput((t) => vader.SentimentIntensityAnalyzer.polarity_scores(t), all, 2.0, 1);
    console.log(JSON.stringify(result, null, 1));
}


function report(jsFile, benchFile) {
    const js = JSON.parse(fs.readFileSync(jsFile, 'utf8'));
    const bench = JSON.parse(fs.readFileSync(benchFile, 'utf8'));
    const pct = (x) => (100 * x).toFixed(1).padStart(5) + ' %';
    console.log('Accuracy on comments labelled positive or negative (a neutral prediction is a miss):');
    console.log('set                 lang      n   Waymark     VADER  sentiment   Waymark-VADER');
    const pooled = { waymark: 0, vader: 0, npmSentiment: 0, n: 0 };
    for (const [name, s] of Object.entries(js.sets)) {
        console.log(`${name.padEnd(19)} ${s.language}   ${String(s.waymark.polar).padStart(6)}  ${pct(s.waymark.accuracy)}  ` +
                    `${pct(s.vader.accuracy)}  ${pct(s.npmSentiment.accuracy)}   ${((s.waymark.accuracy - s.vader.accuracy) * 100).toFixed(1).padStart(6)} pt`);
        if (s.language === 'en') {
            pooled.n += s.waymark.polar;
            for (const k of ['waymark', 'vader', 'npmSentiment']) pooled[k] += s[k].accuracy * s[k].polar;
        }
    }
    console.log(`${'English pooled'.padEnd(19)} en   ${String(pooled.n).padStart(6)}  ${pct(pooled.waymark / pooled.n)}  ` +
                `${pct(pooled.vader / pooled.n)}  ${pct(pooled.npmSentiment / pooled.n)}   ` +
                `${((pooled.waymark - pooled.vader) / pooled.n * 100).toFixed(1).padStart(6)} pt`);
    for (const [name, s] of Object.entries(js.sets))
        console.log(`  ${name}: three-way (neutral labels too) Waymark ${pct(s.waymark.threeWay)}, VADER ${pct(s.vader.threeWay)}, ` +
                    `sentiment ${pct(s.npmSentiment.threeWay)}`);
    for (const [name, s] of Object.entries(js.sets))
        if (s.detected)
            console.log(`  ${name}: language detected per comment: ${pct(s.detected.share)} as ${s.language}, ` +
                        `accuracy then ${pct(s.detected.accuracy)}`);
    // The median of bench_sentiment's repetitions (or the single run).
    const rate = (n) => {
        const b = bench.benchmarks.find((x) => x.name === n + '_median') || bench.benchmarks.find((x) => x.name === n);
        return b ? b.items_per_second : NaN;
    };
    const analyze = rate('Sentiment/Analyze'), compound = rate('Sentiment/Compound');
    const t = js.throughput;
    console.log(`\nThroughput on the same ${t.comments} comments (one thread, comments per second; Waymark: median of 3, npm: best of 3):`);
    console.log(`  Waymark analyze (language, compound, shares, cues) ${Math.round(analyze).toLocaleString('en')}`);
    console.log(`  Waymark compound only                             ${Math.round(compound).toLocaleString('en')}`);
    console.log(`  npm sentiment 5.0.2 (AFINN-165)                   ${Math.round(t.npmSentiment).toLocaleString('en')}`);
    console.log(`  npm vader-sentiment 1.1.3                         ${Math.round(t.vader).toLocaleString('en')}`);
    console.log(`  ratio Waymark analyze / npm sentiment = ${(analyze / t.npmSentiment).toFixed(2)} (target >= 1.0)`);
    console.log(`  ratio Waymark analyze / vader-sentiment = ${(analyze / t.vader).toFixed(1)}`);
}

const [mode, a, b, c] = process.argv.slice(2);
if (mode === 'prepare') prepare(a, b, c);
else if (mode === 'score') score(a, b);
else if (mode === 'report') report(a, b);
else { console.error('usage: compare.cjs prepare FIXTURES OUT_DIR [GERMAN_SET] | score OUT_DIR WAYMARK_CLI | report JS_JSON BENCH_JSON'); process.exit(2); }
