# grading with if/else and then adding an elif at the bottom
def grade(score):
    if score >= 90:
        return "A"
    else:
        return "C"
    elif score >= 80:
        return "B"

print(grade(85))
