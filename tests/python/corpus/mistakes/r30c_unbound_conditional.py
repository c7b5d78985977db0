# A variable only assigned in one branch.
def grade(score):
    if score >= 90:
        letter = "A"
    elif score >= 80:
        letter = "B"
    return letter

print(grade(95))
print(grade(50))
