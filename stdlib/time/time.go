package time

import "errors"

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + utoa(uint64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + utoa(uint64(d)) + ")"
}

func utoa(u uint64) string {
	var b [24]byte
	return string(b[fmtInt(b[:], u):])
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	u := uint64(v)
	if neg {
		u = -u
	}
	var b [24]byte
	i := len(b)
	for u > 0 {
		i--
		b[i] = byte(u%10) + '0'
		u /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// A Location maps time instants to the zone in use at that time.
type Location struct {
	name   string
	offset int // seconds east of UTC (fixed zones)
	local  bool
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local", local: true}

// UTC represents Universal Coordinated Time (UTC).
var UTC *Location = &utcLoc

// Local represents the system's local time zone.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset}
}

// LoadLocation supports "UTC", "" and "Local" in gosub.
func LoadLocation(name string) (*Location, error) {
	switch name {
	case "", "UTC":
		return UTC, nil
	case "Local":
		return Local, nil
	}
	return nil, errors.New("unknown time zone " + name)
}

// lookup returns the zone abbreviation and offset in effect at sec.
func (l *Location) lookup(sec int64) (name string, offset int) {
	if l == nil || l == &utcLoc {
		return "UTC", 0
	}
	if l.local {
		return localName(sec), localOffset(sec)
	}
	return l.name, l.offset
}

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec     int64 // seconds since January 1, year 1 00:00:00 UTC (so the zero Time is that instant)
	nsec    int32 // [0, 999999999]
	hasMono bool
	mono    int64 // monotonic reading, nanoseconds since process start
	loc     *Location
}

var startNano = nanotime()

// Now returns the current local time.
func Now() Time {
	sec := walltimeSec()
	nsec := walltimeNsec()
	return Time{sec: sec - zeroSec, nsec: int32(nsec), hasMono: true, mono: nanotime() - startNano + 1, loc: Local}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec: sec - zeroSec, nsec: int32(nsec), loc: Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time in milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

// Unix returns t as a Unix time, the number of seconds elapsed since January 1, 1970 UTC.
func (t Time) Unix() int64 { return t.sec + zeroSec }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return t.Unix()*1e9 + int64(t.nsec) }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return t.Unix()*1e3 + int64(t.nsec)/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return t.Unix()*1e6 + int64(t.nsec)/1e3 }

// Nanosecond returns the nanosecond offset within the second.
func (t Time) Nanosecond() int { return int(t.nsec) }

// IsZero reports whether t represents the zero time instant, January 1, year 1, 00:00:00 UTC.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// zeroSec is the Unix time of January 1, year 1, 00:00:00 UTC (the zero Time).
const zeroSec = -62135596800

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Zone computes the time zone in effect at time t.
func (t Time) Zone() (name string, offset int) { return t.loc.lookup(t.Unix()) }

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time { t.loc = &utcLoc; return t }

// Local returns t with the location set to local time.
func (t Time) Local() Time { t.loc = Local; return t }

// In returns a copy of t representing the same instant in loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	t.loc = loc
	return t
}

// Round and Truncate drop the monotonic reading like gc.

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int32(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.hasMono {
		t.mono += int64(d)
	}
	return t
}

// Sub returns the duration t-u.
func (t Time) Sub(u Time) Duration {
	if t.hasMono && u.hasMono {
		return subMono(t.mono, u.mono)
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	// Check for overflow or underflow.
	switch {
	case u.Add(d).Equal(t):
		return d // d is correct
	case t.Before(u):
		return minDuration // t - u is negative out of range
	default:
		return maxDuration // t - u is positive out of range
	}
}

func subMono(t, u int64) Duration {
	d := Duration(t - u)
	if d < 0 && t > u {
		return maxDuration // t - u is positive out of range
	}
	if d > 0 && t < u {
		return minDuration // t - u is negative out of range
	}
	return d
}

// AddDate returns the time corresponding to adding the given number of
// years, months, and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), t.Location())
}

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.hasMono && u.hasMono {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare compares the time instant t with u (-1, 0, +1).
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return +1
	}
	return 0
}

// Truncate returns the result of rounding t down to a multiple of d (since the zero time).
func (t Time) Truncate(d Duration) Time {
	t.hasMono = false
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	return t.Add(-r)
}

// Round returns the result of rounding t to the nearest multiple of d (since the zero time).
func (t Time) Round(d Duration) Time {
	t.hasMono = false
	if d <= 0 {
		return t
	}
	_, r := div(t, d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// div returns the remainder of t (since the zero time) divided by d (d > 0).
func div(t Time, d Duration) (qmod2 int, r Duration) {
	sec := t.sec // >= 0 for times after year 1
	// Compute (sec*1e9 + nsec) mod d with 128-bit-free arithmetic.
	secMod := Duration(0)
	if d%Second == 0 {
		ds := int64(d / Second)
		m := sec % ds
		if m < 0 {
			m += ds
		}
		return 0, Duration(m)*Second + Duration(t.nsec)
	}
	// General case: (sec mod d) * 1e9 mod d, done by doubling to avoid overflow.
	s := sec % int64(d)
	if s < 0 {
		s += int64(d)
	}
	x := Duration(s)
	for i := 0; i < 9; i++ { // multiply by 10 nine times, reducing mod d
		y := x
		for j := 1; j < 10; j++ {
			x += y
			if x >= d || x < 0 {
				x -= d
			}
		}
		x %= d
	}
	secMod = x
	r = (secMod + Duration(t.nsec)%d) % d
	return 0, r
}

// absDays returns the day number (days since 1970-01-01) and seconds within
// the day of t in its zone.
func (t Time) abs() (days int64, secOfDay int64) {
	_, off := t.Zone()
	s := t.Unix() + int64(off)
	days = s / 86400
	secOfDay = s % 86400
	if secOfDay < 0 {
		secOfDay += 86400
		days--
	}
	return
}

// civil converts a day number (days since 1970-01-01) to a date (proleptic
// Gregorian calendar; Howard Hinnant's days_from_civil inverse).
func civil(z int64) (year int, month Month, day int) {
	z += 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era = (z - 146096) / 146097
	}
	doe := z - era*146097                                 // [0, 146096]
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365 // [0, 399]
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100) // [0, 365]
	mp := (5*doy + 2) / 153                  // [0, 11]
	d := doy - (153*mp+2)/5 + 1              // [1, 31]
	m := mp + 3
	if mp >= 10 {
		m = mp - 9
	}
	if m <= 2 {
		y++
	}
	return int(y), Month(m), int(d)
}

// daysFromCivil returns the day number of a date.
func daysFromCivil(y int64, m int64, d int64) int64 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era = (y - 399) / 400
	}
	yoe := y - era*400
	mp := m + 9
	if m > 2 {
		mp = m - 3
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	days, _ := t.abs()
	return civil(days)
}

// Year returns the year in which t occurs.
func (t Time) Year() int { y, _, _ := t.Date(); return y }

// Month returns the month of the year specified by t.
func (t Time) Month() Month { _, m, _ := t.Date(); return m }

// Day returns the day of the month specified by t.
func (t Time) Day() int { _, _, d := t.Date(); return d }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	days, _ := t.abs()
	w := (days + 4) % 7 // 1970-01-01 was a Thursday
	if w < 0 {
		w += 7
	}
	return Weekday(w)
}

// YearDay returns the day of the year specified by t, in [1, 366].
func (t Time) YearDay() int {
	days, _ := t.abs()
	y, _, _ := civil(days)
	return int(days-daysFromCivil(int64(y), 1, 1)) + 1
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, s := t.abs()
	return int(s / 3600), int(s % 3600 / 60), int(s % 60)
}

// Hour returns the hour within the day specified by t, in [0, 23].
func (t Time) Hour() int { h, _, _ := t.Clock(); return h }

// Minute returns the minute offset within the hour specified by t, in [0, 59].
func (t Time) Minute() int { _, m, _ := t.Clock(); return m }

// Second returns the second offset within the minute specified by t, in [0, 59].
func (t Time) Second() int { _, _, s := t.Clock(); return s }

// ISOWeek returns the ISO 8601 year and week number in which t occurs.
func (t Time) ISOWeek() (year, week int) {
	days, _ := t.abs()
	// Thursday of the same ISO week decides the year.
	wd := int64(t.Weekday()+6) % 7 // Monday = 0
	thu := days - wd + 3
	y, _, _ := civil(thu)
	jan1 := daysFromCivil(int64(y), 1, 1)
	return y, int((thu-jan1)/7) + 1
}

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in the appropriate zone for that time in the given location.
// Out-of-range values are normalized.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	// Normalize month, overflowing into year.
	m := int(month) - 1
	year, m = norm(year, m, 12)
	month = Month(m) + 1
	// Normalize nsec, sec, min, hour, overflowing into day.
	sec, nsec = norm(sec, nsec, 1e9)
	min, sec = norm(min, sec, 60)
	hour, min = norm(hour, min, 60)
	day, hour = norm(day, hour, 24)
	days := daysFromCivil(int64(year), int64(month), 1) + int64(day-1)
	unix := days*86400 + int64(hour*3600+min*60+sec)
	// Adjust for the zone: the offset in effect near that local time.
	_, off := loc.lookup(unix)
	unix -= int64(off)
	if _, off2 := loc.lookup(unix); off2 != off {
		unix += int64(off - off2)
	}
	return Time{sec: unix - zeroSec, nsec: int32(nsec), loc: loc}
}

func norm(hi, lo, base int) (nhi, nlo int) {
	if lo < 0 {
		n := (-lo-1)/base + 1
		hi -= n
		lo += n * base
	}
	if lo >= base {
		n := lo / base
		hi += n
		lo -= n * base
	}
	return hi, lo
}

// String returns the time formatted using the format string
// "2006-01-02 15:04:05.999999999 -0700 MST", plus the monotonic clock
// reading (" m=±<value>") when t has one.
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.hasMono {
		m := t.mono
		sign := byte('+')
		if m < 0 {
			sign = '-'
			m = -m
		}
		m1, m2 := m/1e9, m%1e9
		buf := []byte(" m=")
		buf = append(buf, sign)
		buf = append(buf, itoa(int(m1))...)
		buf = append(buf, '.')
		frac := itoa(int(m2))
		for i := len(frac); i < 9; i++ {
			buf = append(buf, '0')
		}
		buf = append(buf, frac...)
		s += string(buf)
	}
	return s
}

// GoString implements fmt.GoStringer.
func (t Time) GoString() string {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	loc := "time.Local"
	if t.loc == nil || t.loc == &utcLoc {
		loc = "time.UTC"
	} else if !t.loc.local {
		loc = "time.Location(" + quote(t.loc.name) + ")"
	}
	return "time.Date(" + itoa(y) + ", time." + mo.String() + ", " + itoa(d) + ", " + itoa(h) + ", " +
		itoa(mi) + ", " + itoa(s) + ", " + itoa(int(t.nsec)) + ", " + loc + ")"
}

func quote(s string) string { return "\"" + s + "\"" }
