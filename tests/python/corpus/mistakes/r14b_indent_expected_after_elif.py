# Mistake: the body of an elif is not indented.
def grade(score):
    if score >= 90:
        return 'A'
    elif score >= 80:
    return 'B'
    return 'C'


print(grade(85))
