from collections import defaultdict

scores = defaultdict(list())
scores["ann"].append(3)
print(scores)
