# Checking a score with a single equals sign in the if.
scores = {"ann": 10, "bob": 7}

for name, score in scores.items():
    if score = 10:
        print(name, "got full marks")
    else:
        print(name, "scored", score)
