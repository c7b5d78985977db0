# A learner averages the grades of each student; one student has none yet.
grades = {
    "ana": [88, 92, 79],
    "ben": [70, 65],
    "cleo": [],
}

def average(scores):
    return sum(scores) / len(scores)

for name, scores in grades.items():
    print(f"{name:>6}: {average(scores):.1f}")
