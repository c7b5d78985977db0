# CSV rows typed on standard input, read with csv.reader(sys.stdin), validated and summarised.
import csv
import sys

reader = csv.reader(sys.stdin)
header = next(reader)
print("header:", header)
good, bad = [], []
for row in reader:
    if len(row) != len(header):
        bad.append((reader.line_num, row))
        continue
    name, score = row[0].strip(), row[1].strip()
    if not score.isdigit():
        bad.append((reader.line_num, row))
        continue
    good.append((name, int(score)))
for line, row in bad:
    print(f"line {line}: skipped {row}")
best = max(good, key=lambda t: t[1])
print(f"{len(good)} good rows, best {best[0]} with {best[1]}, average {sum(s for _, s in good) / len(good):.2f}")
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerows(sorted(good, key=lambda t: (-t[1], t[0])))
