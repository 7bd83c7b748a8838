#!/usr/bin/perl
# `npm run bench:sisimai`: Sisimai, the reference bounce parser, over the
# same corpus as `npm run bench`, for a ratio measured on this machine at
# this moment. Needs Debian's libsisimai-perl (apt-get install
# libsisimai-perl). Prints one JSON line.
use strict;
use warnings;
use FindBin;
use Time::HiRes qw(time);

eval { require Sisimai; 1 } or do {
    print STDERR "Sisimai is not installed: apt-get install libsisimai-perl\n";
    exit 2;
};

my $folder = "$FindBin::Bin/../../shared/corpus/emails";
my $rounds = $ENV{BENCH_ROUNDS} // 5;

opendir(my $dir, $folder) or die "cannot open $folder: $!\n";
my @names = sort grep { /\.eml\z/ } readdir($dir);
closedir($dir);

# Every file read into memory first, so only the parsing is timed.
my @emails = map {
    open(my $fh, '<:raw', "$folder/$_") or die "cannot read $_: $!\n";
    local $/;
    my $text = <$fh>;
    close($fh);
    $text;
} @names;

# One untimed round, as the JavaScript bench warms up its JIT.
for my $email (@emails) { my $copy = $email; Sisimai->make(\$copy) }

my $count = 0;
my $started = time;
for (1 .. $rounds) {
    for my $email (@emails) {
        my $copy = $email;
        Sisimai->make(\$copy, 'delivered' => 1);
        $count++;
    }
}
my $seconds = time - $started;
printf qq({"sisimai":"%s","emailsPerSecond":%d,"emails":%d}\n),
    $Sisimai::VERSION, $count / $seconds, $count;
