# Grading function with the elif placed after the else.
def grade(score):
    if score >= 90:
        return "A"
    else:
        return "C"
    elif score >= 80:
        return "B"

print(grade(85))
