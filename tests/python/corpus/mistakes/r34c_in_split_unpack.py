# Reading "name score" pairs where one line has an extra word
scores = {}
for _ in range(3):
    name, score = input().split()
    scores[name] = int(score)
    print(name, "->", score)
print(max(scores, key=scores.get))
