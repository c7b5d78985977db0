# A quiz reading answers with input(), comparing them case-insensitively and keeping score.
questions = [
    ("What is the capital of France?", "paris"),
    ("2 + 2 * 2 = ?", "6"),
    ("Which keyword defines a function?", "def"),
    ("Is Python compiled or interpreted?", "interpreted"),
]
score = 0
wrong = []
for i, (q, answer) in enumerate(questions, 1):
    reply = input(f"Q{i}. {q} ").strip().lower()
    if reply == answer:
        print("  correct!")
        score += 1
    else:
        print(f"  wrong, the answer is {answer!r}")
        wrong.append(i)
print(f"You scored {score}/{len(questions)} ({score / len(questions):.0%})")
print("review:", wrong or "nothing")
name = input("Your name for the high-score table: ")
print(f"{name.title():-^30}")
