# Mistake: a parameter named pass (the word for "a pass mark").
def grade(score, pass=50):
    return "passed" if score >= pass else "failed"

print(grade(72))
