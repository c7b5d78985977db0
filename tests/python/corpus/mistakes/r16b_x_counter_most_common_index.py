# Counter.most_common's result indexed past its end
from collections import Counter

votes = Counter(["ada", "al", "ada"])
print(votes.most_common(1))
print(votes.most_common()[2])
