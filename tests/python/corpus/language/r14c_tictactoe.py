# Tic-tac-toe: play a fixed list of moves, draw the board and find the winner.
LINES = [(0, 1, 2), (3, 4, 5), (6, 7, 8), (0, 3, 6), (1, 4, 7), (2, 5, 8), (0, 4, 8), (2, 4, 6)]

def winner(b):
    for a, c, d in LINES:
        if b[a] != " " and b[a] == b[c] == b[d]:
            return b[a]
    return None

def draw(b):
    rows = [" | ".join(b[i:i+3]) for i in (0, 3, 6)]
    print("\n---------\n".join(rows))

for game in [[4, 0, 2, 6, 3, 5, 1, 7, 8], [0, 3, 1, 4, 2], [4, 0, 8, 2, 1, 7, 6, 3, 5]]:
    board = [" "] * 9
    player = "X"
    for move in game:
        if board[move] != " ":
            print("illegal move", move)
            continue
        board[move] = player
        if winner(board):
            break
        player = "O" if player == "X" else "X"
    draw(board)
    w = winner(board)
    print(f"winner: {w}" if w else ("draw" if " " not in board else "unfinished"))
    print()
