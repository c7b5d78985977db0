# storing a grid of scores keyed by (row, col) as JSON
import json

grid = {(0, 0): 5, (0, 1): 3}
print(json.dumps({"size": 2}))
print(json.dumps(grid))
