# Grading scores, but I put the elif after the else
def grade(score):
    if score >= 90:
        return "A"
    else:
        return "C"
    elif score >= 80:
        return "B"

for s in (95, 85, 40):
    print(s, grade(s))
