class Player:
    lives = 3

p = Player()
if p.lives = 0:
    print("game over")
