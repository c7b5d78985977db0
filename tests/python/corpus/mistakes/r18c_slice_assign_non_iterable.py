scores = [10, 20, 30, 40]
scores[1:3] = [25, 35]
print(scores)
scores[0:1] = 15
print(scores)
