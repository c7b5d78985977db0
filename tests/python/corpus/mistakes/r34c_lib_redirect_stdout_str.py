# Capturing print output with redirect_stdout, passing a string instead of a buffer
import io
from contextlib import redirect_stdout

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print("got:", buf.getvalue().strip())
with redirect_stdout("out.txt"):
    print("lost")
