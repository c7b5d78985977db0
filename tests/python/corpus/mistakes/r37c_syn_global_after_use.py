# resetting the high score from inside a function
high_score = 10

def submit(score):
    print("current", high_score)
    global high_score
    if score > high_score:
        high_score = score

submit(15)
print(high_score)
