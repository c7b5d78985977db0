# tutorial 8.3: the broad handler printing and re-raising, with OSError
import sys
def read_int(text):
    try:
        if text is None:
            raise OSError(2, 'No such file or directory', 'myfile.txt')
        i = int(text.strip())
    except OSError as err:
        print("OS error:", err)
    except ValueError:
        print("Could not convert data to an integer.")
    except Exception as err:
        print(f"Unexpected {err=}, {type(err)=}")
        raise
    else:
        print('read', i)
read_int(None)
read_int('x')
read_int(' 12\n')
e = OSError(2, 'No such file or directory', 'myfile.txt')
print(type(e).__name__, e.errno, e.strerror, e.filename)
read_int(12)
