# A learner parses CSV text with csv.reader over io.StringIO and prints a report (quoted commas, blank lines).
import csv
import io

data = """name,subject,score
Ana,Math,91
"Smith, Bo",Math,78
Ana,Art,88

"Smith, Bo",Art,95
Cy,"Math",64
"""
reader = csv.reader(io.StringIO(data))
header = next(reader)
print("columns:", header)
totals = {}
for row in reader:
    if not row:
        print("(blank line at", reader.line_num, ")")
        continue
    name, subject, score = row
    totals.setdefault(name, []).append(int(score))
for name, scores in sorted(totals.items()):
    print(f"{name:<10} {scores} avg={sum(scores) / len(scores):.1f}")
print(list(csv.reader(["a;b;'c;d'"], delimiter=";", quotechar="'")))
