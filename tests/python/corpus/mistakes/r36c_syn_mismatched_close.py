# computing a weighted score; brackets got mixed up
weights = [0.2, 0.3, 0.5]
marks = [70, 80, 90]
score = sum([w * m for w, m in zip(weights, marks))]
print(score)
