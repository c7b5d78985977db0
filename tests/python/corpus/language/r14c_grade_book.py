# A grade book: names and scores read from input() lines until a blank line, then a report.
students = {}
while True:
    line = input()
    if not line:
        break
    name, *scores = line.split()
    students[name] = [int(s) for s in scores]

def letter(avg):
    for cut, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if avg >= cut:
            return grade
    return "F"

print(f"{'Name':<8}{'Avg':>7} Grade")
for name, scores in sorted(students.items()):
    avg = sum(scores) / len(scores)
    print(f"{name:<8}{avg:>7.2f} {letter(avg)}")
all_scores = [s for sc in students.values() for s in sc]
print("class average:", round(sum(all_scores) / len(all_scores), 2))
print("top:", max(students, key=lambda n: sum(students[n]) / len(students[n])))
