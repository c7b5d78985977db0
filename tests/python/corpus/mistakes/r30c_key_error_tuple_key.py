# A dictionary keyed by coordinate tuples, missing one.
# (kept short on purpose: the mistake is the point)
board = {(0, 0): "X", (1, 1): "O"}
print(board[0, 0])
print(board[(2, 2)])
