# An off-by-one in a while loop over a list: IndexError after printing the elements.
scores = [70, 85, 90, 62]
i = 0
total = 0
while i <= len(scores):
    print("score", i, scores[i])
    total += scores[i]
    i += 1
print("total", total)
