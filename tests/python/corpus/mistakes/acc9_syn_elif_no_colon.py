# An elif without its colon, in a grading helper.
def grade(score):
    if score >= 90:
        return "A"
    elif score >= 80
        return "B"
    else:
        return "C"

for s in (95, 85, 70):
    print(s, grade(s))
