# exec of a code string with an indentation problem.
# (kept short on purpose: the mistake is the point)
#
snippet = "for i in range(3):\nprint(i)\n"
exec(snippet)
