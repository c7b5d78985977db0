# Tic-tac-toe: printing a board with join, checking winners with all/any, and a seeded random game
import random

LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]


def show(board):
    rows = [" | ".join(board[r * 3:r * 3 + 3]) for r in range(3)]
    print("\n---------\n".join(rows))


def winner(board):
    for a, b, c in LINES:
        if board[a] != " " and board[a] == board[b] == board[c]:
            return board[a]
    return "draw" if " " not in board else None


random.seed(99)
board = [" "] * 9
player = "X"
while (w := winner(board)) is None:
    move = random.choice([i for i, c in enumerate(board) if c == " "])
    board[move] = player
    player = "O" if player == "X" else "X"
show(board)
print("result:", w, board.count("X"), board.count("O"))
print(any(all(board[i] == "X" for i in line) for line in LINES))
board[9] = "X"
