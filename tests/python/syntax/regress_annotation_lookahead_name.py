try:
    f()
excpt:
    raise
