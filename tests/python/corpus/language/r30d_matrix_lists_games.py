# A tic-tac-toe board as nested lists: printing, checking winners with zip and all, seeded moves
import random

random.seed(5)
board = [[" "] * 3 for _ in range(3)]


def show(b):
    print("\n---+---+---\n".join(" " + " | ".join(row) for row in b))


def winner(b):
    lines = b + [list(col) for col in zip(*b)] + [[b[i][i] for i in range(3)], [b[i][2 - i] for i in range(3)]]
    for line in lines:
        if line[0] != " " and all(c == line[0] for c in line):
            return line[0]
    return None


cells = [(r, c) for r in range(3) for c in range(3)]
random.shuffle(cells)
player = "X"
for r, c in cells:
    board[r][c] = player
    if w := winner(board):
        break
    player = "O" if player == "X" else "X"
show(board)
print("winner:", w or "draw", "moves:", sum(row.count(" ") == 0 for row in board))
print([[cell for cell in row] for row in zip(*board)][0])
