# RecursionError caught, and the learner's counter of how deep it got.
import sys
depth = 0

def dive():
    global depth
    depth += 1
    dive()

try:
    dive()
except RecursionError as e:
    print("RecursionError:", e)
    print("deep enough:", depth > 900, depth < sys.getrecursionlimit())
sys.setrecursionlimit(60)
depth = 0
try:
    dive()
except RecursionError as e:
    print("again:", e, depth < 60)
