# grade report: averages, rounding, letter grades and alignment
students = {"alice": [92, 88.5, 79], "bob": [65, 70, 58.25], "chloé": [100, 99.5, 98], "dmitri": [], "eve": [89.5, 90.5, 89.5]}
def letter(avg):
    for cutoff, g in [(90, "A"), (80, "B"), (70, "C"), (60, "D")]:
        if avg >= cutoff:
            return g
    return "F"
print(f"{'name':<8}|{'avg':>7}|{'rnd':>4}|{'grade':^7}|scores")
for name, scores in students.items():
    if not scores:
        print(f"{name.title():<8}|{'n/a':>7}|{'-':>4}|{'-':^7}|{scores}")
        continue
    avg = sum(scores) / len(scores)
    print(f"{name.title():<8}|{avg:>7.3f}|{round(avg):>4}|{letter(avg):^7}|{', '.join(map(str, scores))}")
all_scores = [s for sc in students.values() for s in sc]
print(f"class mean {sum(all_scores) / len(all_scores):.2f}, best {max(all_scores)}, worst {min(all_scores)}")
print(sorted(students, key=lambda n: -sum(students[n]) / max(len(students[n]), 1)))
print(round(89.5), round(90.5), round(88.5), round(89.49999999999999), round(2.5) + round(3.5))
print(sum(students["dmitri"]) / len(students["dmitri"]))
