# Hangman: letters guessed with input(), the word shown with blanks, lives counted down.
word = "python"
guessed = set()
lives = 5
while lives > 0:
    shown = " ".join(ch if ch in guessed else "_" for ch in word)
    print(shown, f"(lives: {lives})")
    if "_" not in shown:
        print("You win!")
        break
    g = input("guess a letter: ").strip().lower()
    if len(g) != 1 or not g.isalpha():
        print("one letter please")
        continue
    if g in guessed:
        print("already guessed", g)
        continue
    guessed.add(g)
    if g not in word:
        lives -= 1
        print("no", g)
else:
    print("You lose, the word was", word)
print("guessed:", "".join(sorted(guessed)))
