# bisect with key= (new in 3.10) to keep a leaderboard sorted by score
import bisect

board = []
for name, score in [("ann", 50), ("bob", 70), ("cy", 60), ("dee", 70), ("eve", 40)]:
    bisect.insort(board, (score, name), key=lambda e: e[0])
print(board)
scores = [s for s, _ in board]
print(bisect.bisect_left(scores, 70), bisect.bisect_right(scores, 70))
print(bisect.bisect(board, 65, key=lambda e: e[0]))

def grade(score, cutoffs=(60, 70, 80, 90), letters="FDCBA"):
    return letters[bisect.bisect(cutoffs, score)]
print([grade(s) for s in (33, 60, 69, 70, 89, 90, 100)])
try:
    bisect.insort([], 1, lo=-1)
except ValueError as e:
    print(e)
