# exec of a code string with an indentation problem.
snippet = "for i in range(3):\nprint(i)\n"
exec(snippet)
