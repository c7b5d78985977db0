# `elseif` from another language.
def grade(score):
    if score >= 90:
        return "A"
    elseif score >= 80:
        return "B"
    else:
        return "C"

print(grade(85))
