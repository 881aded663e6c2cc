// SPDX-License-Identifier: MIT
#include "password/PassphraseWords.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace {

// Common, concrete, easy-to-spell words of 3-10 letters a-z. Kept out: words within one edit of
// the usual banned passwords (summer, winter, blank, admin, ...) and, in Swedish, every word
// with å, ä or ö, which Entra refuses (passwords are ASCII only) — no ASCII spelling of them is right.
const char englishWords[] = R"(
    abacus acre acrobat aisle alarm album algae alley almond alpine amber amulet anchor angle ankle
    antler anvil apex apple apricot apron arch archer arena armchair armor aroma arrow ash aspen
    atlas attic avenue avocado awning axle bacon badge badger bagel bait bakery balcony bale ballad
    ballet balloon bamboo banana bandit banjo banner bar bark barley barn barrel basil basin basket
    bay beach beacon bead beagle beak beam bean beard beaver beetle bell belt bench berry berth bib
    bicycle bin birch bird biscuit bishop bison blade blaze blender blimp blizzard bloom blossom
    blouse board boat bobcat bold bolt bonfire bonnet bonus book bookcase boot boots border bottle
    boulder bouquet bow bowl box bracelet bracket braid branch brass brave bread breeze brick
    bridge bright brim brook broom broth brush bubble bucket buckle buffalo buggy bugle bulb bulk
    bull bundle bunk bunny buoy burrow bus bush busy butter button cab cabaret cabbage cabin cable
    cactus cafe cage cake calendar calf calm camel camera camp camper canal canary candle cane
    canoe canvas canyon cap cape captain carbon card cargo carob carpet carrot cart carton case
    cashew cask castle cattle cave cavern cedar celery cellar cement cereal chain chair chalet
    chalk channel chant chapel chapter chariot charm chart cheese cheetah chef cherry chess chili
    chilly chimney chip chisel chord cider cinder cinema circle circus citrus clam clay clever
    cliff clip cloak clock cloth cloud clover club coach coal coast coat cobalt cobra cocoa coconut
    cod coffee coin collar colt comb comet compass cone cookie copper coral cord cork corn cosmos
    cottage cotton couch cougar cove cow cowboy cozy crab cracker cradle crane crate crater crayon
    creek crest crib cricket crisp crow crown crumb crystal cub cube cucumber cuff cupboard cupcake
    curl curry curtain cushion daffodil dahlia daisy dam dart date dawn deer delta den denim desert
    desk dew dial diamond dice dinghy dingo dinner disc dish ditch dock dolphin dome domino donut
    door doorway dot dough dove drawer dream drift drill drum duck duckling dune dunk dusk dust
    dusty eager eagle early easel easy ebony echo eclipse edge egg elbow elder elephant elk elm
    ember emblem emerald emu engine envelope ermine fable fabric fair falcon fancy farm feast
    feather fence fennel fern ferret ferry fiber fiddle field fiesta fig film finch fire fish fjord
    flag flame flannel flask flax fleece fleet flint float flock flower fluff fluffy flume flute
    foal foam fog folder folk font forest forge fork fort fossil fountain fraction frame fringe
    frog frost frosty fruit fudge fuel funnel fuzzy gable galaxy gale gap garage garden garlic
    garnet gate gauge gavel gazelle gear gecko gem gentle geyser ghost giant gift ginger glacier
    glad gland glass glen glider globe glove glow glue gnome goat goblet gold golden gong goose
    gopher gorge gourd gown grain grand granite grape grass gravel gravy grid griddle grill grip
    grit grove guitar gulf gust gym hail hall halo ham hammock happy harbor harness harp harvest
    hat hatch hawk hay hazel heap heart hearth hearty hedge helm helmet hemp hen herb hermit heron
    hickory hiking hill hinge hip hive hobby hollow honest honey hood hook hoop horn hornet horse
    hose hound hub hull humble husky hut hymn iceberg icon icy igloo indigo ink inlet inn iris iron
    island ivory ivy jacket jade jaguar jam jar jay jelly jet jetty jewel jigsaw jingle jockey joke
    jolly jolt journal judo jug juice jumbo jumper jungle juniper kale kayak kebab keen kelp kennel
    kernel kettle key kiln kilt kin kind kit kite kiwi knee knob knot koala label lace lad ladder
    lagoon lair lake lamb lamp lance lane lantern lap larch lark latch lattice lava lawn leaf ledge
    lemon lemur lentil lettuce lever lid lilac lily limb lime linen lint lion lip lively lizard
    loaf lobster lock locket lodge loft lofty log loom loop lore lot lotus lucky lumber lure lute
    lynx magnet mallet mango manor map maple marble mare market marsh mask mast mat maze meadow
    meal medal mellow melon merry mesa meteor mighty mill mine mint mist misty mitt mitten moat
    mocha modest molar mole monk moon mop mosaic moss moth motor mound mount mouse muffin mug mule
    mural muse mustard nap napkin navy neck nectar needle nest newt nickel nimble noble noodle nook
    notch novel nugget nut nutmeg oak oar oasis oath oatmeal oboe ocean odor olive onion opal
    orange orb orbit orchard orchid ore osprey otter oven owl owlet oyster pact paddle page pail
    paint palm pan pancake panda panel panther papaya parade parcel park parka parrot pasta pasture
    patch path pavilion paw pea peach peak peanut pear pearl pebble pecan pedal pelican pen pencil
    pepper perch petal piano pickle pie pier pig pigeon pillow pilot pin pinch pine pipe pirate
    pitch pixel planet plate plaza pleat plot plow plucky plum plume pocket pod poem polar polite
    polka pond pony pool poppy porch port pot potato prairie prawn pretzel prism prong proud puffin
    pulp pulse pump pumpkin pupil purple puzzle quail quartz quay quest quick quiet quill quilt
    quiz rabbit raccoon rack radar radio radish raft rail rain rainbow raisin rake ramp ranch rapid
    rapids raven ready reed reef relay rhyme ribbon rice ridge rim ring rink river road robe robin
    robot rock rocket rodeo roof rooster root rope rosy rover royal rudder rug ruin rune rustic
    rusty rye sable saddle safari saffron sage sail salad salmon salsa salt sand sandal sandy sash
    satin sauce saucer sauna scale scarf scarlet scone scooter scout scroll seagull seal seed
    shadow shed sheep shelf shell sherbet shiny ship shoe shovel shrub silent silk silky silver
    simple sink siren skate sketch ski skull slab slate sled sleek sleet sleigh sloop slope sloth
    smoke smooth snack snail snow snowy snug soap sock sofa solid sonnet soup spade spark sparrow
    spear spice spicy spinach spire sponge spool spoon spotted sprout spruce spur squash squirrel
    stable stage stair stake stall stamp star starling statue steady steam steel stem stew stilt
    stitch stone stool stork storm stove strap straw stream sturdy suede sugar suit summit sun
    sundae sunny sunrise surf swallow swamp swan sweater sweet swift swing syrup table tablet tack
    taco tadpole talon tango tank tapir tassel tavern tea teal teapot temple tender tent thistle
    thorn thread throne thunder thyme tiara ticket tide tidy tiger tile timber timer tin tiny toad
    toast toffee token tomato tonic tool topaz torch tortoise tote towel tower toy track tractor
    trail train tray tree tribe trout truck trumpet trunk tub tuba tulip tuna tundra tunic turkey
    turnip turtle tusk tuxedo twig twine umbrella unicorn vale valley van vase vault veil velvet
    vessel vest villa vine violet violin visor vivid volcano voyage waffle wagon wall walnut walrus
    waltz wand warm wasp wave wax weasel web well whale wharf wheat wheel whip whisk whistle wick
    wig willow window wing wire wise witty wizard wolf wombat wood wooden wool woolly wren yacht
    yak yard yarn yeast yodel yogurt yolk young zebra zesty zinc zipper)";

const char swedishWords[] = R"(
    abborre akvarell alg allt altan ambulans ananas anis anka ankare ansjovis antenn apa apelsin
    april arbete arena arkiv armband asfalt asp atlas augusti avenyn bacon bada badkar bagare bagel
    bageri bagge baka balja balkong ballong bambu bana banan bandy barack bark barn bas basker
    bastu batong batteri bena berg berget betong bett bikupa bil bild biljard biljett bingo biograf
    blad blixt blomma blyerts bod bok boll bomull bonde bord borg borste boxer bred brev bricka bro
    brosch brun brunn brygga bryggare buffel bukett buljong bulldog bulle burk buske bygga byggare
    byxa ceder cello cement chili cirkel cirkus citron clown cykel cykla dadel dag dagbok dal damm
    dans dansa deg delfin diamant dike dimma dirigent disk djungel djup docka dolk domare domino
    dragspel drake drottning druva dryck duett duk dusch duva dynamit eka ekipage ekollon ekonom
    ekorre eld elefant elev emalj enkel ensam fabel fabrik fack fackla fager falk fana fantom
    farfar farmor fasan fat fenix fest festival figur fikon film filt fin fiol fisk fiska fjant
    fjord flagga flanell flaska fleece flicka flik flinga flink flod flott flotte fluga flygare
    flygel flykt foder fontan forell fors fossil fot frack fregatt frid frisk frost frukt fura fyr
    gaffel galax galopp gamling garage gardin garn gata gavel gazell gecko gel gemen gepard get
    geting gitarr glad glans glas glass glasyr glob glugg gnista golf gondol gorilla grafit gran
    granit grav gravyr gren grill grind gris groda grop grov gruva gryn gryning gryta gubbe gul
    gulasch guld gummi gurka hage haj hammare hamn handduk hantel hare harpa harv hassel hatt hav
    havre hel helg hemlis het hibiskus himmel hingst hink hjelm hjort hjul hobby hockey holme
    honung hoppa horn hotell humla hund hydda hydrant hylla hytt idrott igelkott inlaga insekt
    ishall ivrig jacka jaga jaguar jazz jeans jojo jord jubel juli jungfru juni kabel kaffe kaka
    kakao kaktus kalas kalender kall kalv kam kamel kamera kanal kanel kanin kanna kanon kanot kant
    kantin kanyon kapell kapsyl kapten karamell kardemumma karneval karta karusell kasta kastanj
    kastrull katalog katedral katt kavaj kaviar kebab kedja kejsare keramik kex kikare kiosk kista
    kittel kiwi kjol klappa klar klinik klippa klister klocka klok klot klubb klubba knapp kniv
    knopp knut kobolt kobra kock kofta kokos koltrast komet kompass konsert konst kontor kopp
    korall korg korint kork kort korv kosmos kotlett kotte krabba krage kran krater kratta kristall
    krita krokus krona kruka kry krydda kudde kula kung kupol kurbits kust kutter kvarn kvick
    kyckling kyrka labyrint lada laga lagom lagun lakan lakrits lamm lampa lampett land landning
    lasagne lava lavin lax lejon leka lekplats lektion lera lila lilja lime limpa linjal linje
    linne lins list ljus lock lodjur lok lokal loppa lots lotus luffare lugn lunch lunta lus lustig
    luva lykta madrass mage magnet majblomma majs mammut mandel mandolin manet mango marin mark
    marmor marsipan mask maskin matros matsal matta medalj mejeri melodi melon metall meteor
    mikrofon mil mild mink minkar minut mirakel mjuk mocka modell modig moln morot mosaik mossa
    motor mugg mullvad mumie mun munter mur mus museum musik mynt mynta nacke nagel nappa narcis
    natt natur nejlika nektar neon nisse nougat novell nyckel nypon oas oboe ocean oktober oliv
    omelett opal opera orkan orkester orm ost ostron ouvertyr paddel paddla pajas palett palm panda
    panna pannkaka pantoffel papaja papegoja papper paraply park pastej pastill patrull pedal
    pelare pelargon pelikan pengar penna pensel peppar pepparkaka perrong persika piano picknick
    pigg pil pingis pingvin pinne pipa pippi pirat pirog pistage pizza plakat planet plansch plast
    platta plocka plog plommon plugg plym poesi pokal polis polka pollen pommes ponny ponton
    popcorn porslin post potatis potta prins propeller pudding puma pump pumpa purjo pussel pyjamas
    pyramid radar radio rak rakett ram randig rask ratt recept regatta regn reklam ren resa rest
    rev ridtur riksdag ring ringa ringla ris risotto rita robot rodel rolig roman ros rosa rosett
    rot rubin rugby rulle rund ruta rutig sadel safari saffran safir saft sagan salamander sallad
    salong salt salvia sand sandal sann sardin satellit sax scarf schack schlager segel segla
    sekund semla senap serpentin signal sill silver simma sirap sjunga skalbagge skarp skata skatt
    sked skepp skidor skiffer skiva skjorta sko skog skola skorpion skrapa skratta skriva skruv
    skugga skylt slalom slinga slips slott sluss smaragd smoothie smula smycke snabb snabel
    snickare snigel snok snorkel snygg socker soffa sol solros spade spaning sparris spegel spel
    spela spenat spik spindel spiral spis sporre sportlov spratt stad stafett staffli stall stam
    stark stav stearin stege sten stenbock sticka stilla stock stor storm strand strumpa strut
    stuga sudd sula surdeg surfa svamp svan sylt symfoni tablett tak tall tallrik tamburin tand
    tango tapet tapper tavla teater tegel telefon teleskop tempel tennis termos terrass tidig
    tidning tidsfrist tiger timme tjur toffel tolv tomat tomte topas torg torn torsdag torsk trafik
    traktor trampolin trappa trasa tratt tropik trumma trumpet tryffel trygg tuba tulpan tumme
    tunna tunnel tupp turist turkos tvilling tyll tyst uggla utflykt utsikt uva vagn vaktel valross
    vals vandra vanilj vante varg varm varv vas vatten vattenfall ved veranda verktyg vik viking
    vild villa vind vinge vinka vinkel viol violin virke visp vissla vit vitsippa vrak vulkan ylle
    yoghurt yxa zebra zoo)";

QStringList parse(const char *text)
{
    static const QRegularExpression whitespace(u"\\s+"_s);
    return QString::fromLatin1(text).split(whitespace, Qt::SkipEmptyParts);
}

} // namespace

const QStringList &PassphraseWords::english()
{
    static const QStringList words = parse(englishWords);
    return words;
}

const QStringList &PassphraseWords::swedish()
{
    static const QStringList words = parse(swedishWords);
    return words;
}

const QStringList &PassphraseWords::words(PassphraseLanguage language)
{
    return language == PassphraseLanguage::Swedish ? swedish() : english();
}
